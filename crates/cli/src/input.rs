//! Input selection shared by commands (being written).
