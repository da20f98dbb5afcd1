//! Built against `warden:guard@0.2.0` (see wit/): the sidecar must refuse it.

wit_bindgen::generate!({
    path: "wit",
    world: "guard",
});

use exports::warden::guard::evaluator::Guest;
use warden::guard::types::Decision;

struct Future;

impl Guest for Future {
    fn evaluate_tool_call(tool: String, _arguments_json: String) -> Decision {
        match warden::guard::host::get_config(&tool) {
            Some(_) => Decision::Deny(tool),
            None => Decision::Allow,
        }
    }
}

export!(Future);
