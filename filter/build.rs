//! Generates the filter↔sidecar messages from `proto/` with a pure-Rust proto
//! compiler, so a fresh machine needs no system `protoc`.

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let proto_dir = "../proto";
    let files = [
        "../proto/warden/v1/decision.proto",
        "../proto/warden/v1/audit.proto",
    ];
    for file in files {
        println!("cargo:rerun-if-changed={file}");
    }
    let fds = protox::compile(files, [proto_dir])?;
    prost_build::Config::new().compile_fds(fds)?;
    Ok(())
}
