//! Query results as aligned columns (for a terminal) or CSV.

use std::io::Write;

/// Widest column, in characters, before a cell is cut (the last column is
/// never cut: it is where the evidence goes).
const MAX_WIDTH: usize = 48;

/// A table of text cells.
pub struct Table {
    header: Vec<String>,
    rows: Vec<Vec<String>>,
}

impl Table {
    /// A table with these column names.
    pub fn new(header: &[&str]) -> Table {
        Table {
            header: header.iter().map(|h| h.to_string()).collect(),
            rows: Vec::new(),
        }
    }

    /// Add a row (missing cells are empty, extra ones dropped).
    pub fn row(&mut self, mut cells: Vec<String>) {
        cells.resize(self.header.len(), String::new());
        self.rows.push(cells);
    }

    /// Write the table on standard output, as CSV or aligned.
    pub fn print(&self, csv: bool) -> anyhow::Result<()> {
        let mut out = std::io::stdout().lock();
        let text = if csv { self.csv() } else { self.aligned() };
        out.write_all(text.as_bytes())?;
        out.flush()?;
        Ok(())
    }

    fn csv(&self) -> String {
        let line = |cells: &[String]| {
            cells
                .iter()
                .map(|c| {
                    if c.contains([',', '"', '\n', '\r']) {
                        format!("\"{}\"", c.replace('"', "\"\""))
                    } else {
                        c.clone()
                    }
                })
                .collect::<Vec<_>>()
                .join(",")
        };
        let mut s = line(&self.header);
        s.push('\n');
        for r in &self.rows {
            s.push_str(&line(r));
            s.push('\n');
        }
        s
    }

    fn aligned(&self) -> String {
        let last = self.header.len().saturating_sub(1);
        let clean = |c: &str| c.split_whitespace().collect::<Vec<_>>().join(" ");
        let cell = |c: &str, i: usize| {
            let c = clean(c);
            if i < last && c.chars().count() > MAX_WIDTH {
                let cut: String = c.chars().take(MAX_WIDTH - 1).collect();
                format!("{cut}…")
            } else {
                c
            }
        };
        let mut widths: Vec<usize> = self.header.iter().map(|h| h.chars().count()).collect();
        for r in &self.rows {
            for (i, c) in r.iter().enumerate() {
                widths[i] = widths[i].max(cell(c, i).chars().count());
            }
        }
        let line = |cells: &[String]| {
            let mut s = String::new();
            for (i, c) in cells.iter().enumerate() {
                let c = cell(c, i);
                if i == last {
                    s.push_str(&c);
                } else {
                    let pad = widths[i].saturating_sub(c.chars().count());
                    s.push_str(&c);
                    s.push_str(&" ".repeat(pad + 2));
                }
            }
            s.trim_end().to_string()
        };
        let mut s = line(&self.header);
        s.push('\n');
        for r in &self.rows {
            s.push_str(&line(r));
            s.push('\n');
        }
        if self.rows.is_empty() {
            s.push_str("(no rows)\n");
        }
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_quotes_what_needs_quoting() {
        let mut t = Table::new(&["a", "b"]);
        t.row(vec!["x,y".into(), "say \"hi\"".into()]);
        assert_eq!(t.csv(), "a,b\n\"x,y\",\"say \"\"hi\"\"\"\n");
    }

    #[test]
    fn columns_align_and_long_cells_are_cut() {
        let mut t = Table::new(&["code", "text"]);
        t.row(vec!["PRK".into(), "a\nb".into()]);
        t.row(vec!["x".repeat(100), "end".into()]);
        let s = t.aligned();
        let lines: Vec<&str> = s.lines().collect();
        assert_eq!(lines[1], format!("PRK{}a b", " ".repeat(MAX_WIDTH - 3 + 2)));
        assert!(lines[2].contains('…'));
    }
}
