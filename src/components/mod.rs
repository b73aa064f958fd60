//! Reusable pieces of the console's pages, one folder each with its CSS beside it.

pub mod field;

pub use field::TextField;
