//! The ~4 KiB `tools/call` arguments object the DLP benchmark and its
//! callgrind twin (`examples/args_profile.rs`) scan: prose, Markdown with a
//! code block, a path, a URL, a few PII values.

use serde_json::{json, Value};

const PROSE: &str = "The quarterly review covered onboarding latency, the billing migration and \
the support backlog. Median time to first response dropped from 41 to 27 minutes after the \
routing change, while the long tail stayed flat because weekend coverage is still thin. The \
migration moved 1,284 accounts to the new invoicing system; 17 needed manual fixes, mostly \
legacy discounts that the importer did not understand. Next quarter we want to retire the old \
exporter, publish the runbook, and run a game day on the payment webhooks. Customers asked for \
clearer error messages in the API and for a sandbox that resets nightly. Version 2.14.3 of the \
SDK shipped on 2024-05-02 with retries enabled by default and a new pagination helper. ";

const MARKDOWN: &str = "## Deploying the worker\n\nBuild the image and push it to the registry, \
then roll the deployment. The worker reads its settings from `config/worker.toml` and from the \
environment; see https://docs.example.com/worker/settings for every option.\n\n```bash\n\
docker build -t registry.example.com/team/worker:2.14.3 .\ndocker push \
registry.example.com/team/worker:2.14.3\nkubectl -n jobs rollout restart deploy/worker\n```\n\n\
If the rollout stalls, check the readiness probe first: it waits for the queue connection and \
fails closed. Logs go to the usual place; filter on `component=worker` and the request id. \
Known issues: the retry budget is shared across tenants (ticket OPS-4471), and the metrics \
endpoint returns 503 for about ten seconds after start. Rollbacks use the previous image tag; \
never delete the old replica set by hand.\n\n| step | owner | eta |\n|---|---|---|\n\
| build | ci | 4 min |\n| push | ci | 1 min |\n| rollout | on-call | 6 min |\n";

pub fn args() -> Value {
    json!({
        "query": PROSE.repeat(2),
        "context": PROSE,
        "summary": &PROSE[..560],
        "path": "reports/2024/q2/summary.md",
        "url": "https://api.example.com/v2/reports?team=support&limit=50",
        "options": {"limit": 50, "includeArchived": false, "tags": ["billing", "q2", "support"]},
        "body": MARKDOWN,
        "notes": "Escalation contact: Dana Whitfield, dana.whitfield@example.com, +1 415 555 0132. \
                  Refund to card ending 4242 once approved; order 88412 ships from Leeds.",
        "attachments": [{"name": "summary.pdf", "size": 48213}, {"name": "chart.png", "size": 9120}]
    })
}
