//! Generates one test per golden case folder of `tests/cases/` (STYLE.md
//! rule 19), so each case runs alone by name (`cargo test --test it
//! golden::bad_script_ron_syntax`) and a new folder is a new test with no
//! list to keep. The tests call `run_case` in `tests/it/golden.rs`.

use std::fmt::Write;
use std::path::Path;

fn main() {
    println!("cargo::rerun-if-changed=tests/cases");
    let mut names: Vec<String> = std::fs::read_dir("tests/cases")
        .into_iter()
        .flatten()
        .flatten()
        .filter(|e| e.path().is_dir())
        .filter_map(|e| e.file_name().to_str().map(str::to_string))
        .collect();
    names.sort();
    let mut out = String::new();
    for name in &names {
        let ident: String = name
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() {
                    c.to_ascii_lowercase()
                } else {
                    '_'
                }
            })
            .collect();
        let ident = if ident.starts_with(|c: char| c.is_ascii_digit()) {
            format!("case_{ident}")
        } else {
            ident
        };
        let _ = writeln!(
            out,
            "#[test]\nfn {ident}() {{\n    run_case({name:?});\n}}\n"
        );
    }
    let _ = writeln!(
        out,
        "/// Every case folder, in order.\nconst CASES: &[&str] = &{names:?};"
    );
    let dest =
        Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("golden_cases.rs");
    std::fs::write(dest, out).expect("OUT_DIR is writable");
}
