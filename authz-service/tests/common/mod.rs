//! Shared helpers: start the server in-process or as the built binary, on port 0,
//! and poll (never sleep a fixed time) until it is ready.
#![allow(dead_code)] // each test file uses a different subset

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

use tempfile::TempDir;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;
use tonic::transport::Channel;
use warden::api::server::Server;
use warden::config::Config;

/// A server running inside the test's runtime.
pub struct InProcess {
    pub addr: SocketAddr,
    pub admin_addr: SocketAddr,
    pub engine: std::sync::Arc<warden::engine::Engine>,
    shutdown: Option<oneshot::Sender<()>>,
    handle: JoinHandle<anyhow::Result<()>>,
    pub dir: TempDir,
}

impl InProcess {
    /// Start with `toolDenyList` = `deny` and every other setting at its default.
    pub async fn start(deny: &[&str]) -> Self {
        let dir = tempfile::tempdir().unwrap();
        let yaml = format!("toolDenyList: {}\n", serde_json::to_string(deny).unwrap());
        Self::start_in(dir, &yaml).await
    }

    /// Write `extra_yaml` (plus `listen: 127.0.0.1:0` and `dataDir: data`) to
    /// `dir/warden.yaml`, so relative paths in it resolve inside `dir`, and start.
    pub async fn start_in(dir: TempDir, extra_yaml: &str) -> Self {
        let file = dir.path().join("warden.yaml");
        std::fs::write(
            &file,
            format!("listen: 127.0.0.1:0\ndataDir: data\n{extra_yaml}"),
        )
        .unwrap();
        let config = Config::load(&file).unwrap();
        let server = Server::bind(config).await.unwrap();
        let addr = server.local_addr();
        let admin_addr = server.admin_addr();
        let engine = server.engine();
        let (tx, rx) = oneshot::channel::<()>();
        let handle = tokio::spawn(server.serve(async move {
            let _ = rx.await;
        }));
        Self {
            addr,
            admin_addr,
            engine,
            shutdown: Some(tx),
            handle,
            dir,
        }
    }

    pub async fn admin_channel(&self) -> Channel {
        connect(self.admin_addr).await
    }

    /// An admin client authenticated with the token the sidecar generated
    /// (`dataDir/admin.token`, operator `local-admin`).
    pub async fn admin_client(
        &self,
    ) -> warden::proto::v1::admin_service_client::AdminServiceClient<
        tonic::service::interceptor::InterceptedService<Channel, warden::cli::admin::BearerToken>,
    > {
        let token = std::fs::read_to_string(self.dir.path().join("data/admin.token")).unwrap();
        warden::proto::v1::admin_service_client::AdminServiceClient::with_interceptor(
            self.admin_channel().await,
            warden::cli::admin::BearerToken::new(token.trim()).unwrap(),
        )
    }

    pub async fn channel(&self) -> Channel {
        connect(self.addr).await
    }

    /// Trigger a clean shutdown and wait for `serve` to return.
    pub fn begin_shutdown(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
    }

    pub async fn stop(mut self) -> anyhow::Result<()> {
        self.begin_shutdown();
        tokio::time::timeout(Duration::from_secs(10), self.handle)
            .await
            .expect("server did not stop")
            .expect("server task panicked")
    }
}

pub async fn connect(addr: SocketAddr) -> Channel {
    Channel::from_shared(format!("http://{addr}"))
        .unwrap()
        .connect_timeout(Duration::from_secs(5))
        .connect()
        .await
        .unwrap()
}

/// The `warden` binary started with a config file and `--ready-file`.
pub struct Binary {
    pub child: Child,
    pub addr: SocketAddr,
    pub ready_file: PathBuf,
    pub dir: TempDir,
}

impl Binary {
    /// Write `extra_yaml` (plus `listen: 127.0.0.1:0` and a temp `dataDir`) to a
    /// config file, start `warden serve`, and wait for the ready file.
    pub fn start(extra_yaml: &str) -> Self {
        let dir = tempfile::tempdir().unwrap();
        let config = dir.path().join("warden.yaml");
        std::fs::write(
            &config,
            format!("listen: 127.0.0.1:0\ndataDir: data\n{extra_yaml}"),
        )
        .unwrap();
        let ready_file = dir.path().join("ready");
        let mut child = Command::new(env!("CARGO_BIN_EXE_warden"))
            .arg("serve")
            .arg("--config")
            .arg(&config)
            .arg("--ready-file")
            .arg(&ready_file)
            .env_remove("RUST_LOG")
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let addr = wait_for_ready_file(&ready_file, &mut child);
        Self {
            child,
            addr,
            ready_file,
            dir,
        }
    }

    pub fn signal(&self, name: &str) {
        let status = Command::new("kill")
            .arg(format!("-{name}"))
            .arg(self.child.id().to_string())
            .status()
            .unwrap();
        assert!(status.success(), "kill -{name} failed");
    }

    /// Poll until the process exits; panics after `limit`. Async so the test's own
    /// gRPC clients keep running (and answer the server's GOAWAY/PING) meanwhile.
    pub async fn wait_exit(&mut self, limit: Duration) -> (ExitStatus, Duration) {
        let start = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return (status, start.elapsed());
            }
            if start.elapsed() > limit {
                let _ = self.child.kill();
                panic!("warden did not exit within {limit:?}");
            }
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    }

    /// Everything the process wrote to stderr (call after it exited).
    pub fn stderr(&mut self) -> String {
        use std::io::Read as _;
        let mut out = String::new();
        if let Some(mut e) = self.child.stderr.take() {
            let _ = e.read_to_string(&mut out);
        }
        out
    }
}

impl Drop for Binary {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

fn wait_for_ready_file(path: &Path, child: &mut Child) -> SocketAddr {
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        if let Ok(text) = std::fs::read_to_string(path) {
            return text.trim().parse().expect("ready file holds an address");
        }
        if let Some(status) = child.try_wait().unwrap() {
            panic!("warden exited before it was ready: {status}");
        }
        assert!(Instant::now() < deadline, "warden not ready after 30s");
        std::thread::sleep(Duration::from_millis(10));
    }
}
