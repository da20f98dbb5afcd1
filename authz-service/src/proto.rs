//! Code generated from `proto/` by `build.rs` (protox + tonic-prost-build).

/// `warden.v1`: the filter↔sidecar decision API.
pub mod v1 {
    #![allow(clippy::all, missing_docs)]
    tonic::include_proto!("warden.v1");
}
