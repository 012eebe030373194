//! Parallel document pipeline (being written).
