//! Printing on the terminal: every line goes through [`crate::text::terminal_line`],
//! so a name or a file name holding ESC, CR or NUL cannot erase or fake a line of the
//! output (a plan printing "0 lỗi, 0 cảnh báo" over its own errors).

/// `println!` for lines that hold data from files.
macro_rules! outln {
    ($($arg:tt)*) => {
        println!("{}", $crate::text::terminal_line(&format!($($arg)*)))
    };
}

/// `eprintln!` for lines that hold data from files.
macro_rules! errln {
    ($($arg:tt)*) => {
        eprintln!("{}", $crate::text::terminal_line(&format!($($arg)*)))
    };
}

/// `print!` for text that holds data from files (its own line ends kept).
macro_rules! out {
    ($($arg:tt)*) => {
        print!("{}", $crate::text::terminal_line(&format!($($arg)*)))
    };
}

pub(crate) use {errln, out, outln};
