//! The gRPC server: `Authorization/Check`, `DecisionService/Decide` and
//! `grpc.health.v1.Health` on one listener.
//!
//! Binding and serving are separate steps so the caller learns the real address
//! (port 0 picks a free port) before the first request can arrive, and so tests can
//! run the server in-process.

use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use anyhow::Context as _;
use envoy_types::ext_authz::v3::pb::AuthorizationServer;
use tokio::net::TcpListener;
use tonic::transport::server::TcpIncoming;
use tonic_health::ServingStatus;

use crate::api::admin::{Admin, TokenCheck};
use crate::api::audit::AuditApi;
use crate::api::decide::DecideService;
use crate::api::ext_authz::{AuthorizationService, CheckOptions};
use crate::config::Config;
use crate::engine::decision::Decider;
use crate::engine::{system_clock, Engine};
use crate::proto::v1::admin_service_server::AdminServiceServer;
use crate::proto::v1::audit_service_server::AuditServiceServer;
use crate::proto::v1::decision_service_server::DecisionServiceServer;

/// gRPC messages may be this much larger than the body limit (headers, the other
/// attributes of a `CheckRequest`).
const MESSAGE_OVERHEAD_BYTES: usize = 1024 * 1024;
/// tonic's own default decoding limit; never go below it.
const MIN_MESSAGE_BYTES: usize = 4 * 1024 * 1024;

/// A bound, not yet serving, server.
pub struct Server {
    listener: TcpListener,
    local_addr: SocketAddr,
    admin_listener: TcpListener,
    admin_addr: SocketAddr,
    admin_operators: Vec<(String, String)>,
    metrics_listener: Option<TcpListener>,
    config: Config,
    engine: Arc<Engine>,
    /// Built here, not in `serve`: its guards (rule files, the learned model) take
    /// a moment to load, and a caller told the server is ready may call at once.
    authz: AuthorizationService,
}

/// The file in `dataDir` that tells the CLI where the admin API listens.
pub const ADMIN_ADDR_FILE: &str = "admin.addr";

impl Server {
    /// Prepare the data directory, load the policy, keys and state, and bind the
    /// listen and admin addresses. Anything wrong fails here, before readiness.
    pub async fn bind(config: Config) -> anyhow::Result<Self> {
        tokio::fs::create_dir_all(&config.data_dir)
            .await
            .with_context(|| format!("cannot create dataDir {}", config.data_dir.display()))?;
        let engine = Arc::new(Engine::from_config(&config, system_clock())?);
        let authz = AuthorizationService::with_options(
            Arc::clone(&engine) as Arc<dyn Decider>,
            config.limits.clone(),
            CheckOptions {
                redact_fallback: engine.check_redact_fallback(),
                identity_header: config.identity.identity_header.clone(),
                jwt_payload_header: config.identity.jwt_payload_header.clone(),
                guards: config.guards.clone(),
            },
        )
        .map_err(|e| anyhow::anyhow!(e))?;
        let admin_operators = crate::api::admin::load_operators(&config)?;
        let listener = TcpListener::bind(config.listen)
            .await
            .with_context(|| format!("cannot listen on {}", config.listen))?;
        let local_addr = listener.local_addr()?;
        let admin_listener = TcpListener::bind(config.admin.listen)
            .await
            .with_context(|| format!("cannot listen on admin.listen {}", config.admin.listen))?;
        let admin_addr = admin_listener.local_addr()?;
        let metrics_listener = match config.metrics.listen {
            None => None,
            Some(addr) => {
                let l = TcpListener::bind(addr)
                    .await
                    .with_context(|| format!("cannot listen on metrics.listen {addr}"))?;
                let bound = l.local_addr()?;
                crate::registry::store::write_atomic(
                    &config.data_dir.join(crate::api::metrics::METRICS_ADDR_FILE),
                    format!("{bound}\n").as_bytes(),
                )?;
                tracing::info!(address = %bound, "metrics at /metrics");
                Some(l)
            }
        };
        crate::registry::store::write_atomic(
            &config.data_dir.join(ADMIN_ADDR_FILE),
            format!("{admin_addr}\n").as_bytes(),
        )
        .with_context(|| format!("cannot write {ADMIN_ADDR_FILE} in dataDir"))?;
        if let Some(p) = engine.policy() {
            tracing::info!(
                policy = p.name.as_str(),
                version = p.version.as_str(),
                rules = p.rules.len(),
                "policy loaded"
            );
        } else {
            tracing::info!("no policy configured: deny-list mode");
        }
        tracing::info!(address = %local_addr, admin = %admin_addr, "listening");
        Ok(Self {
            listener,
            local_addr,
            admin_listener,
            admin_addr,
            admin_operators,
            metrics_listener,
            config,
            engine,
            authz,
        })
    }

    /// The address actually bound (the real port when `listen` asked for port 0).
    pub fn local_addr(&self) -> SocketAddr {
        self.local_addr
    }

    /// The admin API's address.
    pub fn admin_addr(&self) -> SocketAddr {
        self.admin_addr
    }

    /// The decision engine (for in-process tests and tools).
    pub fn engine(&self) -> Arc<Engine> {
        Arc::clone(&self.engine)
    }

    /// Serve until `shutdown` completes, then stop accepting, report NOT_SERVING and
    /// let in-flight calls finish for up to `shutdownGraceSeconds`.
    pub async fn serve<F>(self, shutdown: F) -> anyhow::Result<()>
    where
        F: Future<Output = ()> + Send + 'static,
    {
        let Self {
            listener,
            admin_listener,
            admin_operators,
            metrics_listener,
            config,
            engine,
            authz,
            ..
        } = self;
        let metrics = metrics_listener
            .map(|l| tokio::spawn(crate::api::metrics::serve(l, Arc::clone(&engine))));
        let decider: Arc<dyn Decider> = Arc::clone(&engine) as Arc<dyn Decider>;
        let max_message =
            (config.limits.max_body_bytes + MESSAGE_OVERHEAD_BYTES).max(MIN_MESSAGE_BYTES);

        let (reporter, health) = tonic_health::server::health_reporter();
        reporter
            .set_serving::<AuthorizationServer<AuthorizationService>>()
            .await;
        reporter
            .set_serving::<DecisionServiceServer<DecideService>>()
            .await;

        let authz = AuthorizationServer::new(authz).max_decoding_message_size(max_message);
        let watcher = config
            .policy
            .as_ref()
            .filter(|p| p.reload_interval_ms > 0)
            .map(|p| {
                tokio::spawn(watch_policy(
                    Arc::clone(&engine),
                    Duration::from_millis(p.reload_interval_ms),
                ))
            });
        let guard_watcher = config
            .wasm_guards
            .as_ref()
            .filter(|g| g.reload_interval_ms > 0)
            .map(|g| {
                tokio::spawn(watch_guards(
                    Arc::clone(&engine),
                    Duration::from_millis(g.reload_interval_ms),
                ))
            });
        let decide = DecisionServiceServer::new(DecideService::new(decider))
            .max_decoding_message_size(max_message);
        let audit = AuditServiceServer::new(AuditApi::new(Arc::clone(&engine)))
            .max_decoding_message_size(max_message);

        let (admin_stop_tx, admin_stop_rx) = tokio::sync::oneshot::channel::<()>();
        let admin_service = AdminServiceServer::with_interceptor(
            Admin::new(Arc::clone(&engine)),
            TokenCheck::new(admin_operators),
        );
        let admin = tokio::spawn(
            tonic::transport::Server::builder()
                .add_service(admin_service)
                .serve_with_incoming_shutdown(
                    TcpIncoming::from(admin_listener).with_nodelay(Some(true)),
                    async move {
                        let _ = admin_stop_rx.await;
                    },
                ),
        );

        let (draining_tx, draining_rx) = tokio::sync::oneshot::channel::<()>();
        let signal = async move {
            shutdown.await;
            tracing::info!("shutting down");
            for service in [
                "",
                <AuthorizationServer<AuthorizationService> as tonic::server::NamedService>::NAME,
                <DecisionServiceServer<DecideService> as tonic::server::NamedService>::NAME,
            ] {
                reporter
                    .set_service_status(service, ServingStatus::NotServing)
                    .await;
            }
            let _ = draining_tx.send(());
            let _ = admin_stop_tx.send(());
        };

        let incoming = TcpIncoming::from(listener).with_nodelay(Some(true));
        let serving = tonic::transport::Server::builder()
            .add_service(health)
            .add_service(authz)
            .add_service(decide)
            .add_service(audit)
            .serve_with_incoming_shutdown(incoming, signal);

        let grace = Duration::from_secs(config.shutdown_grace_seconds);
        let drain_deadline = async move {
            if draining_rx.await.is_ok() {
                tokio::time::sleep(grace).await;
            } else {
                std::future::pending::<()>().await;
            }
        };
        tokio::select! {
            result = serving => result.context("gRPC server failed")?,
            () = drain_deadline => {
                tracing::warn!(grace_seconds = config.shutdown_grace_seconds,
                    "calls still open after the grace period; stopping anyway");
            }
        }
        if let Some(w) = guard_watcher {
            w.abort();
        }
        if let Some(w) = watcher {
            w.abort();
        }
        admin.abort();
        if let Some(m) = metrics {
            m.abort();
            let _ =
                std::fs::remove_file(config.data_dir.join(crate::api::metrics::METRICS_ADDR_FILE));
        }
        let _ = std::fs::remove_file(config.data_dir.join(ADMIN_ADDR_FILE));
        if !engine.registry().persister().flush() {
            tracing::error!("state writer stopped early; recent state may be lost");
        }
        if let Some(log) = engine.audit() {
            // Drain the queue and write the final checkpoint.
            let log = Arc::clone(log);
            let _ = tokio::task::spawn_blocking(move || log.close()).await;
        }
        tracing::info!("stopped");
        Ok(())
    }
}

/// Poll the policy file and hot-swap it when its content changes. Reading and
/// parsing happen on the blocking pool; failures keep the running policy.
async fn watch_policy(engine: Arc<Engine>, every: Duration) {
    let mut tick = tokio::time::interval(every);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    tick.tick().await;
    loop {
        tick.tick().await;
        let e = Arc::clone(&engine);
        let _ = tokio::task::spawn_blocking(move || e.reload_policy()).await;
    }
}

/// Poll the guards file and module files; changed guards compile on the
/// blocking pool and the new set swaps in atomically.
async fn watch_guards(engine: Arc<Engine>, every: Duration) {
    let mut tick = tokio::time::interval(every);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    tick.tick().await;
    loop {
        tick.tick().await;
        let g = Arc::clone(engine.wasm_guards());
        let _ = tokio::task::spawn_blocking(move || g.reload()).await;
    }
}

/// Completes on the first SIGTERM or SIGINT. The handlers are installed when this
/// is called (not when the future is first polled), so call it before announcing
/// readiness: a signal that arrives early must not hit the default action.
pub fn shutdown_signal() -> anyhow::Result<impl Future<Output = ()> + Send + 'static> {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        let mut term = signal(SignalKind::terminate()).context("cannot handle SIGTERM")?;
        let mut int = signal(SignalKind::interrupt()).context("cannot handle SIGINT")?;
        Ok(async move {
            let name = tokio::select! {
                _ = term.recv() => "SIGTERM",
                _ = int.recv() => "SIGINT",
            };
            tracing::info!(signal = name, "signal received");
        })
    }
    #[cfg(not(unix))]
    {
        Ok(async move {
            if tokio::signal::ctrl_c().await.is_ok() {
                tracing::info!(signal = "ctrl-c", "signal received");
            } else {
                std::future::pending::<()>().await;
            }
        })
    }
}
