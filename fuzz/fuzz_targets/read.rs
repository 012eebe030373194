//! Any byte sequence on the sniffing reader (standard input's path): every
//! record becomes a document or an error, never a panic or a hang.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let reader = dyad_read::read_stream(
        "fuzz",
        std::io::Cursor::new(data.to_vec()),
        dyad_read::ReadOptions::default(),
    );
    for item in reader {
        let _ = item;
    }
});
