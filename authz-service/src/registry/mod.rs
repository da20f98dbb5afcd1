//! What the sidecar remembers about agents: the registry of agents and their
//! incidents, held approvals, and the files that persist them.

pub mod agents;
pub mod approvals;
pub mod store;
