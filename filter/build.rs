//! Generates the filter↔sidecar messages from `proto/` with a pure-Rust proto
//! compiler, so a fresh machine needs no system `protoc`.

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let proto_dir = "../proto";
    let file = "../proto/warden/v1/decision.proto";
    println!("cargo:rerun-if-changed={file}");
    let fds = protox::compile([file], [proto_dir])?;
    prost_build::Config::new().compile_fds(fds)?;
    Ok(())
}
