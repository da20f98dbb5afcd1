//! A guard that misbehaves on purpose, chosen by its `mode` config value:
//! `loop` (never returns), `hog` (allocates until refused), `panic`,
//! `bad-modify` (answers modify with text that is not JSON), `count` (denies
//! from the third call of one instance on: shows whether state is shared),
//! anything else allows.

wit_bindgen::generate!({
    path: "../../../wit",
    world: "guard",
});

use std::sync::atomic::{AtomicU32, Ordering};

use exports::warden::guard::evaluator::Guest;
use warden::guard::host::get_config;
use warden::guard::types::{Context, Decision, Denial, Tool, ToolCall, ToolResult};

static CALLS: AtomicU32 = AtomicU32::new(0);

struct Hostile;

fn misbehave() -> Decision {
    match get_config("mode").as_deref() {
        Some("loop") => {
            let mut x: u64 = 1;
            loop {
                x = std::hint::black_box(x.wrapping_mul(3).wrapping_add(1));
            }
        }
        Some("hog") => {
            let mut keep: Vec<Vec<u8>> = Vec::new();
            loop {
                keep.push(vec![1u8; 1 << 20]);
                std::hint::black_box(&keep);
            }
        }
        Some("panic") => panic!("hostile guard panics"),
        Some("bad-modify") => Decision::Modify("this is not JSON".into()),
        Some("count") => {
            let n = CALLS.fetch_add(1, Ordering::Relaxed) + 1;
            if n >= 3 {
                Decision::Deny(Denial {
                    code: "count_reached".into(),
                    message: format!("call {n} on this instance"),
                    details_json: None,
                })
            } else {
                Decision::Allow
            }
        }
        _ => Decision::Allow,
    }
}

impl Guest for Hostile {
    fn evaluate_server_connection(_ctx: Context) -> Decision {
        misbehave()
    }
    fn evaluate_tools_list(_tools: Vec<Tool>, _ctx: Context) -> Decision {
        misbehave()
    }
    fn evaluate_tool_call(_call: ToolCall, _ctx: Context) -> Decision {
        misbehave()
    }
    fn evaluate_tool_result(_r: ToolResult, _ctx: Context) -> Decision {
        misbehave()
    }
}

export!(Hostile);
