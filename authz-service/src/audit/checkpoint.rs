//! Ed25519-signed checkpoints: (log id, size, head hash, time). Written
//! periodically, at rotation and at shutdown to `checkpoints.jsonl`, one per
//! line, so cutting the log's tail is detectable against the latest one. The
//! verifier needs only the public key.

use std::path::Path;

use base64::engine::general_purpose::STANDARD;
use base64::Engine as _;
use ed25519_dalek::{Signature, Signer as _, SigningKey, Verifier as _, VerifyingKey};
use serde::{Deserialize, Serialize};

use super::record::{hex, Hash};
use crate::identity::token::{self, key_id};
use crate::registry::store;

pub const CHECKPOINTS_FILE: &str = "checkpoints.jsonl";
pub const SIGNING_KEY_FILE: &str = "checkpoint.key";
pub const PUBLIC_KEY_FILE: &str = "checkpoint.pub";
const SIGNED_TAG: &str = "warden.audit.checkpoint.v1";

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Checkpoint {
    pub log_id: String,
    /// Records in the log (= the sequence number of the last one).
    pub size: u64,
    /// Hash of record `size` (hex).
    pub head: String,
    pub time_ms: u64,
    /// Id of the signing key.
    pub kid: String,
    /// Base64 Ed25519 signature over [`Checkpoint::signed_bytes`].
    pub signature: String,
}

impl Checkpoint {
    fn signed_bytes(log_id: &str, size: u64, head: &str, time_ms: u64) -> Vec<u8> {
        format!("{SIGNED_TAG}\n{log_id}\n{size}\n{head}\n{time_ms}\n").into_bytes()
    }

    pub fn sign(key: &SigningKey, log_id: &str, size: u64, head: &Hash, time_ms: u64) -> Self {
        let head = hex(head);
        let sig = key.sign(&Self::signed_bytes(log_id, size, &head, time_ms));
        Self {
            log_id: log_id.to_owned(),
            size,
            head,
            time_ms,
            kid: key_id(key.verifying_key().as_bytes()),
            signature: STANDARD.encode(sig.to_bytes()),
        }
    }

    pub fn verify(&self, key: &VerifyingKey) -> Result<(), String> {
        let bytes: [u8; 64] = STANDARD
            .decode(&self.signature)
            .ok()
            .and_then(|b| b.try_into().ok())
            .ok_or("signature is not 64 bytes of base64")?;
        key.verify(
            &Self::signed_bytes(&self.log_id, self.size, &self.head, self.time_ms),
            &Signature::from_bytes(&bytes),
        )
        .map_err(|_| "bad signature".to_owned())
    }
}

/// Every checkpoint in `dir` (in file order). A line that is not a checkpoint is
/// an error naming the line; a torn last line (no newline) is ignored.
pub fn load(dir: &Path) -> Result<Vec<Checkpoint>, String> {
    let path = dir.join(CHECKPOINTS_FILE);
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(format!("cannot read {}: {e}", path.display())),
    };
    let complete = match text.rfind('\n') {
        Some(i) => &text[..=i],
        None => "",
    };
    complete
        .lines()
        .enumerate()
        .map(|(i, l)| {
            serde_json::from_str(l)
                .map_err(|e| format!("{CHECKPOINTS_FILE} line {}: not a checkpoint: {e}", i + 1))
        })
        .collect()
}

/// Cut a torn last line (a crash in the middle of writing a checkpoint) off
/// the checkpoints file, so the next checkpoint starts a line of its own; the
/// number of bytes cut.
pub fn cut_torn_tail(dir: &Path) -> std::io::Result<u64> {
    let path = dir.join(CHECKPOINTS_FILE);
    let bytes = match std::fs::read(&path) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(0),
        Err(e) => return Err(e),
    };
    let keep = bytes.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
    if keep == bytes.len() {
        return Ok(0);
    }
    let f = std::fs::OpenOptions::new().write(true).open(&path)?;
    f.set_len(keep as u64)?;
    f.sync_all()?;
    Ok((bytes.len() - keep) as u64)
}

/// The signing key: the configured file, or `dir/checkpoint.key`, made (with
/// `checkpoint.pub` beside it) on first start.
pub fn signing_key(dir: &Path, configured: Option<&Path>) -> anyhow::Result<SigningKey> {
    if let Some(file) = configured {
        return token::load_private_key(file);
    }
    let path = dir.join(SIGNING_KEY_FILE);
    if path.exists() {
        return token::load_private_key(&path);
    }
    let (private, public) = token::generate()?;
    let private_json = serde_json::to_vec_pretty(&private)?;
    store::write_atomic(&path, &private_json)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600))?;
    }
    store::write_atomic(
        &dir.join(PUBLIC_KEY_FILE),
        &serde_json::to_vec_pretty(&public)?,
    )?;
    token::load_private_key(&path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sign_and_verify() {
        let key = SigningKey::from_bytes(&[7; 32]);
        let c = Checkpoint::sign(&key, "log", 10, &[1; 32], 99);
        assert!(c.verify(&key.verifying_key()).is_ok());
        let mut forged = c.clone();
        forged.size = 9;
        assert!(forged.verify(&key.verifying_key()).is_err());
        let other = SigningKey::from_bytes(&[8; 32]).verifying_key();
        assert!(c.verify(&other).is_err());
    }
}
