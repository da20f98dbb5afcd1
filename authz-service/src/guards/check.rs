//! Does a component fit the `warden:guard` world this Warden speaks? Used when a
//! guard loads and by `warden guard check`.

use wasmtime::component::Component;

/// The WIT package version this host implements.
pub const WIT_VERSION: &str = "0.1.0";
pub const PACKAGE: &str = "warden:guard";
/// The interface a guard must export.
pub const EVALUATOR: &str = "warden:guard/evaluator@0.1.0";

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Report {
    pub imports: Vec<String>,
    pub exports: Vec<String>,
    /// Imports outside the world (WASI pulled in by a toolchain): answered
    /// with nothing or linked to functions that trap (`no_capability`), so
    /// the guard still gets no capability.
    pub stubbed: Vec<String>,
    /// Why the component cannot be loaded (empty: it can).
    pub problems: Vec<String>,
}

/// `warden:guard/evaluator@0.1.0` → (`evaluator`, `0.1.0`).
fn ours(name: &str) -> Option<(&str, &str)> {
    let rest = name.strip_prefix(PACKAGE)?.strip_prefix('/')?;
    Some(rest.split_once('@').unwrap_or((rest, "")))
}

pub fn check(component: &Component) -> Report {
    let engine = super::runtime::engine();
    let ty = component.component_type();
    let mut r = Report {
        imports: ty.imports(engine).map(|(n, _)| n.to_owned()).collect(),
        exports: ty.exports(engine).map(|(n, _)| n.to_owned()).collect(),
        ..Default::default()
    };
    let wrong_version = |name: &str, what: &str| {
        ours(name).and_then(|(_, v)| {
            (v != WIT_VERSION).then(|| {
                format!(
                    "the component {what} {name}: it was built for {PACKAGE}@{} but this Warden implements {PACKAGE}@{WIT_VERSION}; rebuild it against wit/ of this release",
                    if v.is_empty() { "(unversioned)" } else { v }
                )
            })
        })
    };
    for name in &r.imports {
        match ours(name) {
            Some(_) => r.problems.extend(wrong_version(name, "imports")),
            None => r.stubbed.push(name.clone()),
        }
    }
    let mut has_evaluator = false;
    for name in &r.exports {
        if name == EVALUATOR {
            has_evaluator = true;
        } else if ours(name).is_some_and(|(i, _)| i == "evaluator") {
            r.problems.extend(wrong_version(name, "exports"));
            has_evaluator = true;
        }
    }
    if !has_evaluator {
        r.problems.push(format!(
            "the component does not export {EVALUATOR} (exports: {}): it is not a Warden guard",
            if r.exports.is_empty() {
                "none".to_owned()
            } else {
                r.exports.join(", ")
            }
        ));
    }
    r
}
