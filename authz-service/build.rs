//! Generates the `warden.v1` gRPC code from `proto/` without a system `protoc`:
//! `protox` (pure Rust) parses the files into a `FileDescriptorSet` and
//! `tonic-prost-build` generates messages, the server and a client (for tests and
//! tools) from it.

use std::path::PathBuf;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let manifest_dir = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR")?);
    let proto_root = manifest_dir.join("..").join("proto");
    let files = [
        proto_root.join("warden/v1/decision.proto"),
        proto_root.join("warden/v1/admin.proto"),
        proto_root.join("warden/v1/audit.proto"),
    ];

    for file in &files {
        println!("cargo:rerun-if-changed={}", file.display());
    }

    let fds = protox::compile(&files, [&proto_root])?;
    tonic_prost_build::configure()
        .build_server(true)
        .build_client(true)
        .compile_fds(fds)?;
    Ok(())
}
