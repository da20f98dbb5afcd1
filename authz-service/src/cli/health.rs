//! `warden health`: ask a running sidecar's `grpc.health.v1.Health/Check` and exit
//! 0 only when it answers SERVING. Kubernetes runs it as an `exec` probe: the
//! sidecar listens on loopback inside the pod, where kubelet's own gRPC probe
//! (which dials the pod IP) cannot reach it.

use std::net::SocketAddr;
use std::time::Duration;

use anyhow::Context as _;
use tonic::transport::Channel;
use tonic_health::pb::health_check_response::ServingStatus;
use tonic_health::pb::health_client::HealthClient;
use tonic_health::pb::HealthCheckRequest;

/// Check `service` ("" = the whole server) at `addr` within `timeout`.
pub fn check(addr: SocketAddr, service: &str, timeout: Duration) -> anyhow::Result<()> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .context("cannot start the async runtime")?;
    let status = runtime.block_on(async {
        tokio::time::timeout(timeout, ask(addr, service))
            .await
            .map_err(|_| anyhow::anyhow!("no health answer from {addr} within {timeout:?}"))?
    })?;
    if status != ServingStatus::Serving {
        anyhow::bail!("{addr}: {}", status.as_str_name());
    }
    println!("{addr}: SERVING");
    Ok(())
}

async fn ask(addr: SocketAddr, service: &str) -> anyhow::Result<ServingStatus> {
    let channel = Channel::from_shared(format!("http://{addr}"))?
        .connect()
        .await
        .with_context(|| format!("cannot connect to {addr}"))?;
    let answer = HealthClient::new(channel)
        .check(HealthCheckRequest {
            service: service.to_owned(),
        })
        .await
        .with_context(|| format!("health check at {addr} failed"))?;
    Ok(answer.into_inner().status())
}
