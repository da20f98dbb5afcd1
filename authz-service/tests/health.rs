//! `grpc.health.v1.Health`: SERVING for the server and both services while up,
//! NOT_SERVING once shutdown begins.

mod common;

use tonic::Code;
use tonic_health::pb::health_check_response::ServingStatus;
use tonic_health::pb::health_client::HealthClient;
use tonic_health::pb::HealthCheckRequest;

const SERVICES: [&str; 3] = [
    "",
    "envoy.service.auth.v3.Authorization",
    "warden.v1.DecisionService",
];

fn req(service: &str) -> HealthCheckRequest {
    HealthCheckRequest {
        service: service.to_owned(),
    }
}

#[tokio::test]
async fn all_services_report_serving() {
    let server = common::InProcess::start(&[]).await;
    let mut c = HealthClient::new(server.channel().await);

    for service in SERVICES {
        let resp = c.check(req(service)).await.unwrap().into_inner();
        assert_eq!(resp.status(), ServingStatus::Serving, "{service:?}");
    }
    let unknown = c.check(req("no.such.Service")).await.unwrap_err();
    assert_eq!(unknown.code(), Code::NotFound);
    server.stop().await.unwrap();
}

#[tokio::test]
async fn watchers_see_not_serving_on_shutdown() {
    let mut server = common::InProcess::start(&[]).await;
    let mut c = HealthClient::new(server.channel().await);

    let mut stream = c
        .watch(req("envoy.service.auth.v3.Authorization"))
        .await
        .unwrap()
        .into_inner();
    let first = stream.message().await.unwrap().unwrap();
    assert_eq!(first.status(), ServingStatus::Serving);

    server.begin_shutdown();
    let next = tokio::time::timeout(std::time::Duration::from_secs(5), stream.message())
        .await
        .expect("no status change after shutdown")
        .unwrap()
        .unwrap();
    assert_eq!(next.status(), ServingStatus::NotServing);
    drop(stream);
    server.stop().await.unwrap();
}
