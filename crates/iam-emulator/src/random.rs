//! Unguessable values (tokens, key pairs, ids) from the system's random source: what signs
//! a request or stands for a sign-in must not follow from the time or a counter.

/// `bytes` random bytes as lowercase hex (twice as many characters).
pub fn hex(bytes: usize) -> String {
    let mut buffer = vec![0u8; bytes];
    getrandom::getrandom(&mut buffer).expect("the system's random source");
    buffer.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn values_have_the_length_asked_and_differ() {
        let (a, b) = (super::hex(16), super::hex(16));
        assert_eq!(a.len(), 32);
        assert!(a.bytes().all(|c| c.is_ascii_hexdigit()));
        assert_ne!(a, b);
    }
}
