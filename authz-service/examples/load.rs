//! A small, bounded load client for `Authorization/Check` over gRPC (loopback only).
//!
//! ```sh
//! # start an in-process sidecar with examples/policy.yaml and load it for 5 s:
//! cargo run --release -p warden --example load
//! # or load a running sidecar (the call must be allowed by its policy):
//! cargo run --release -p warden --example load -- --addr 127.0.0.1:9191 --seconds 10
//! ```
//!
//! Each of `--concurrency` workers has its own HTTP/2 connection and sends one
//! `Check` at a time: an MCP `tools/call` of a read-only tool with an agent token
//! (in-process mode) and a session per worker. Prints requests/s and latency
//! percentiles. Bounded: at most 60 s and 256 workers; refuses non-loopback
//! addresses.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::time::{Duration, Instant};

use clap::Parser;
use envoy_types::pb::envoy::service::auth::v3::attribute_context::{HttpRequest, Request};
use envoy_types::pb::envoy::service::auth::v3::authorization_client::AuthorizationClient;
use envoy_types::pb::envoy::service::auth::v3::{AttributeContext, CheckRequest};
use tonic::transport::Channel;

#[derive(Parser)]
struct Args {
    /// A running sidecar (loopback). Default: start one in process.
    #[arg(long)]
    addr: Option<SocketAddr>,
    /// Bearer token to send (in-process mode mints one).
    #[arg(long)]
    token: Option<String>,
    #[arg(long, default_value_t = 16)]
    concurrency: usize,
    #[arg(long, default_value_t = 5)]
    seconds: u64,
    /// Stop after this many requests in total (0: only the time bound).
    #[arg(long, default_value_t = 0)]
    max_requests: u64,
}

fn check_request(token: &str, session: &str, id: u64) -> CheckRequest {
    let body = format!(
        r#"{{"jsonrpc":"2.0","id":{id},"method":"tools/call","params":{{"name":"kb.search","arguments":{{"query":"how do I reset my password","limit":5}}}}}}"#
    );
    let mut headers = HashMap::from([
        (":authority".to_owned(), "support-tools".to_owned()),
        ("content-type".to_owned(), "application/json".to_owned()),
        ("mcp-session-id".to_owned(), session.to_owned()),
    ]);
    if !token.is_empty() {
        headers.insert("authorization".to_owned(), format!("Bearer {token}"));
    }
    CheckRequest {
        attributes: Some(AttributeContext {
            request: Some(Request {
                http: Some(HttpRequest {
                    method: "POST".into(),
                    path: "/mcp".into(),
                    host: "support-tools".into(),
                    headers,
                    size: body.len() as i64,
                    body,
                    protocol: "HTTP/1.1".into(),
                    ..Default::default()
                }),
                ..Default::default()
            }),
            ..Default::default()
        }),
    }
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    anyhow::ensure!(
        args.seconds >= 1 && args.seconds <= 60,
        "--seconds is 1..=60"
    );
    anyhow::ensure!(
        args.concurrency >= 1 && args.concurrency <= 256,
        "--concurrency is 1..=256"
    );

    // In-process mode: a sidecar with the example policy and an agent key.
    let mut _keep = None;
    let (addr, token) = match args.addr {
        Some(a) => {
            anyhow::ensure!(a.ip().is_loopback(), "loopback addresses only");
            (a, args.token.clone().unwrap_or_default())
        }
        None => {
            let dir = tempfile::tempdir()?;
            let (private, public) = warden::identity::token::generate()?;
            std::fs::write(dir.path().join("a.key"), serde_json::to_vec(&private)?)?;
            std::fs::write(dir.path().join("a.pub"), serde_json::to_vec(&public)?)?;
            std::fs::copy(
                concat!(env!("CARGO_MANIFEST_DIR"), "/../examples/policy.yaml"),
                dir.path().join("policy.yaml"),
            )?;
            std::fs::write(
                dir.path().join("w.yaml"),
                "listen: 127.0.0.1:0\ndataDir: data\nlogLevel: warn\npolicy: {file: policy.yaml}\n\
                 identity: {agentTokens: {publicKeys: [a.pub]}}\nagents: {unknown: register}\n",
            )?;
            let config = warden::config::Config::load(&dir.path().join("w.yaml"))?;
            let server = warden::api::server::Server::bind(config).await?;
            let addr = server.local_addr();
            tokio::spawn(server.serve(std::future::pending()));
            let token = warden::cli::admin::mint(
                Some(&dir.path().join("a.key")),
                None,
                "load-agent",
                vec!["support-agent".into()],
                "1h",
                "warden",
            )?;
            _keep = Some(dir);
            (addr, token)
        }
    };

    let deadline = Instant::now() + Duration::from_secs(args.seconds);
    let per_worker_cap = if args.max_requests == 0 {
        u64::MAX
    } else {
        args.max_requests.div_ceil(args.concurrency as u64)
    };
    // Warm up: connect every worker first.
    let mut clients = Vec::new();
    for _ in 0..args.concurrency {
        let ch = Channel::from_shared(format!("http://{addr}"))?
            .connect_timeout(Duration::from_secs(5))
            .connect()
            .await?;
        clients.push(AuthorizationClient::new(ch));
    }
    let start = Instant::now();
    let mut tasks = Vec::new();
    for (w, mut client) in clients.into_iter().enumerate() {
        let token = token.clone();
        tasks.push(tokio::spawn(async move {
            let session = format!("load-session-{w}");
            let mut lat = Vec::with_capacity(100_000);
            let (mut ok, mut denied, mut errors) = (0u64, 0u64, 0u64);
            let mut n = 0u64;
            while Instant::now() < deadline && n < per_worker_cap {
                let t = Instant::now();
                match client.check(check_request(&token, &session, n)).await {
                    Ok(r) => {
                        if r.get_ref().status.as_ref().is_some_and(|s| s.code == 0) {
                            ok += 1;
                        } else {
                            denied += 1;
                        }
                    }
                    Err(_) => errors += 1,
                }
                lat.push(t.elapsed().as_micros() as u32);
                n += 1;
            }
            (lat, ok, denied, errors)
        }));
    }
    let mut all = Vec::new();
    let (mut ok, mut denied, mut errors) = (0, 0, 0);
    for t in tasks {
        let (lat, o, d, e) = t.await?;
        all.extend(lat);
        ok += o;
        denied += d;
        errors += e;
    }
    let elapsed = start.elapsed().as_secs_f64();
    all.sort_unstable();
    let pct = |p: f64| {
        all.get(((all.len() as f64 - 1.0) * p) as usize)
            .copied()
            .unwrap_or(0)
    };
    println!(
        "Check over gRPC to {addr}: {} requests in {elapsed:.2}s with {} connections",
        all.len(),
        args.concurrency
    );
    println!(
        "  {:.0} requests/s; latency p50 {} us, p90 {} us, p99 {} us, max {} us",
        all.len() as f64 / elapsed,
        pct(0.5),
        pct(0.9),
        pct(0.99),
        all.last().copied().unwrap_or(0)
    );
    println!("  allowed {ok}, denied {denied}, errors {errors}");
    anyhow::ensure!(errors == 0, "{errors} gRPC errors");
    Ok(())
}
