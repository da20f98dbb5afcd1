//! Tool ACL (placeholder, filled in next).
