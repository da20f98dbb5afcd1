//! The built `warden` binary: ready file, JSON logs, and a clean, prompt exit on
//! SIGTERM and SIGINT, even with client connections and streams open.
#![cfg(unix)]

mod common;

use std::time::Duration;

use tonic_health::pb::health_check_response::ServingStatus;
use tonic_health::pb::health_client::HealthClient;
use tonic_health::pb::HealthCheckRequest;

fn health_req() -> HealthCheckRequest {
    HealthCheckRequest {
        service: String::new(),
    }
}

#[tokio::test]
async fn sigterm_exits_zero_promptly_and_removes_the_ready_file() {
    let mut warden = common::Binary::start("");
    assert_ne!(warden.addr.port(), 0);

    // A live client connection must not hold the process open.
    let mut c = HealthClient::new(common::connect(warden.addr).await);
    let resp = c.check(health_req()).await.unwrap().into_inner();
    assert_eq!(resp.status(), ServingStatus::Serving);

    warden.signal("TERM");
    let (status, took) = warden.wait_exit(Duration::from_secs(10)).await;
    assert_eq!(status.code(), Some(0), "exit status {status}");
    assert!(took < Duration::from_secs(3), "took {took:?}");
    assert!(!warden.ready_file.exists(), "ready file left behind");
    assert!(
        warden.dir.path().join("data").is_dir(),
        "dataDir not created"
    );

    let logs = warden.stderr();
    let mut saw_listening = false;
    for line in logs.lines() {
        let v: serde_json::Value =
            serde_json::from_str(line).unwrap_or_else(|e| panic!("not JSON ({e}): {line}"));
        if v["message"] == "listening" {
            assert_eq!(v["address"], warden.addr.to_string());
            saw_listening = true;
        }
    }
    assert!(saw_listening, "no listening log in:\n{logs}");
}

#[tokio::test]
async fn sigint_exits_zero() {
    let mut warden = common::Binary::start("logFormat: text\n");
    warden.signal("INT");
    let (status, took) = warden.wait_exit(Duration::from_secs(10)).await;
    assert_eq!(status.code(), Some(0), "exit status {status}");
    assert!(took < Duration::from_secs(3), "took {took:?}");
}

#[tokio::test]
async fn open_streams_are_cut_after_the_grace_period() {
    let mut warden = common::Binary::start("shutdownGraceSeconds: 1\n");
    let mut c = HealthClient::new(common::connect(warden.addr).await);
    // A health Watch never ends on its own.
    let mut stream = c.watch(health_req()).await.unwrap().into_inner();
    let first = stream.message().await.unwrap().unwrap();
    assert_eq!(first.status(), ServingStatus::Serving);

    warden.signal("TERM");
    let (status, took) = warden.wait_exit(Duration::from_secs(10)).await;
    assert_eq!(status.code(), Some(0), "exit status {status}");
    assert!(took < Duration::from_secs(4), "took {took:?}");
}
