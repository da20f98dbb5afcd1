//! The paths findings name (`arguments.items[2].query`), for the guards that
//! walk a JSON value. A walk visits every node but names only the few that
//! hold a finding, so [`JsonPaths`] records each node as its parent and one
//! step and spells a path only when asked.

fn push_key(out: &mut String, key: &str) {
    if !out.is_empty() {
        out.push('.');
    }
    out.push_str(key);
}

fn push_index(out: &mut String, i: usize) {
    let mut digits = [0u8; 20];
    let mut n = i;
    let mut at = digits.len();
    loop {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.push('[');
    for &d in &digits[at..] {
        out.push(char::from(d));
    }
    out.push(']');
}

#[derive(Clone, Copy)]
enum Step<'a> {
    Key(&'a str),
    Index(usize),
}

/// Nodes of one walk: node 0 is the root; every other node is its parent's
/// index and the step from it.
pub(crate) struct JsonPaths<'a> {
    root: &'a str,
    nodes: Vec<(usize, Step<'a>)>,
}

impl<'a> JsonPaths<'a> {
    pub(crate) const ROOT: usize = 0;

    pub(crate) fn new(root: &'a str) -> Self {
        // Room for a typical call's arguments or result without regrowing.
        let mut nodes = Vec::with_capacity(16);
        nodes.push((0, Step::Index(0)));
        Self { root, nodes }
    }

    /// The node `parent.key`.
    pub(crate) fn key(&mut self, parent: usize, key: &'a str) -> usize {
        self.nodes.push((parent, Step::Key(key)));
        self.nodes.len() - 1
    }

    /// The node `parent[i]`.
    pub(crate) fn index(&mut self, parent: usize, i: usize) -> usize {
        self.nodes.push((parent, Step::Index(i)));
        self.nodes.len() - 1
    }

    /// The path of `node`: `root.key[i].key`, no dot after an empty root.
    pub(crate) fn render(&self, node: usize) -> String {
        let mut steps = Vec::new();
        let mut at = node;
        while at != Self::ROOT {
            let Some(&(parent, step)) = self.nodes.get(at) else {
                break;
            };
            steps.push(step);
            at = parent;
        }
        let mut out = String::from(self.root);
        for step in steps.into_iter().rev() {
            match step {
                Step::Key(k) => push_key(&mut out, k),
                Step::Index(i) => push_index(&mut out, i),
            }
        }
        out
    }

    /// The path the guards name for a finding in one of the keys of `node`'s
    /// object: its path followed by `(key)`.
    pub(crate) fn render_key(&self, node: usize) -> String {
        let mut p = self.render(node);
        push_key(&mut p, "(key)");
        p
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_spelt_only_on_request_and_as_findings_name_them() {
        let mut paths = JsonPaths::new("arguments");
        let items = paths.key(JsonPaths::ROOT, "items");
        let twelfth = paths.index(items, 12);
        let query = paths.key(twelfth, "query");
        assert_eq!(paths.render(query), "arguments.items[12].query");
        assert_eq!(paths.render_key(query), "arguments.items[12].query.(key)");
        assert_eq!(paths.render(JsonPaths::ROOT), "arguments");
        assert_eq!(paths.render_key(JsonPaths::ROOT), "arguments.(key)");

        let mut result = JsonPaths::new("");
        let content = result.key(JsonPaths::ROOT, "content");
        let first = result.index(content, 0);
        let top = result.index(JsonPaths::ROOT, 0);
        assert_eq!(result.render(first), "content[0]");
        assert_eq!(result.render(top), "[0]");
        assert_eq!(result.render_key(JsonPaths::ROOT), "(key)");
    }
}
