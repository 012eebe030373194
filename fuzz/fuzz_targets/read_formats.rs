//! Each reader on its own: the first byte picks plain text, JSON Lines, a
//! JSON array, HTML or gzip (the rest is wrapped so the sniffer takes that
//! path), so every format's code sees arbitrary bytes.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::io::Write;

fuzz_target!(|data: &[u8]| {
    let Some((&pick, rest)) = data.split_first() else {
        return;
    };
    let bytes: Vec<u8> = match pick % 5 {
        0 => [b"plain text: ".as_slice(), rest].concat(),
        1 => [b"{\"text\": ".as_slice(), rest].concat(),
        2 => [b"[".as_slice(), rest].concat(),
        3 => [b"<html><body><article><p>".as_slice(), rest].concat(),
        _ => {
            let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
            let _ = e.write_all(rest);
            let mut gz = e.finish().unwrap_or_default();
            // Also damage the stream now and then.
            if let Some(&cut) = rest.first() {
                if cut % 3 == 0 {
                    gz.truncate(gz.len() / 2);
                }
            }
            gz
        }
    };
    let reader = dyad_read::read_stream(
        "fuzz",
        std::io::Cursor::new(bytes),
        dyad_read::ReadOptions::default(),
    );
    for item in reader {
        let _ = item;
    }
});
