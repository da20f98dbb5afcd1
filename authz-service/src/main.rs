//! The `warden` binary; everything lives in the library (`warden::cli`).
#![forbid(unsafe_code)]

use std::process::ExitCode;

use clap::Parser as _;

fn main() -> ExitCode {
    match warden::cli::run(warden::cli::Cli::parse()) {
        Ok(()) => ExitCode::SUCCESS,
        // The reader of our output went away (`warden explain ... | head`): not
        // an error of ours.
        Err(e) if warden::cli::is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("warden: {e:#}");
            ExitCode::FAILURE
        }
    }
}
