//! Counts as people write them: "1 choice", "2 choices", never "1 choices"
//! or "choice(s)".

/// `n` and the noun, plural unless `n` is 1: `count(1, "choice")` is
/// "1 choice", `count(3, "recorded path")` is "3 recorded paths". Every
/// noun weave counts takes a plain `s`.
pub fn count(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

/// `n` with its thousands grouped, as reports print rates: "36,382".
pub fn grouped(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_is_singular_and_every_other_count_plural() {
        assert_eq!(count(1, "choice"), "1 choice");
        assert_eq!(count(0, "choice"), "0 choices");
        assert_eq!(count(2, "recorded path"), "2 recorded paths");
    }

    #[test]
    fn thousands_are_grouped() {
        assert_eq!(grouped(0), "0");
        assert_eq!(grouped(999), "999");
        assert_eq!(grouped(36_382), "36,382");
        assert_eq!(grouped(1_234_567), "1,234,567");
    }
}
