//! Replacing the `--state` file: it holds access-key secrets and tokens, so it is made
//! readable by its owner only, and no crash or second writer leaves half of one.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

/// Writes `bytes` to a new file beside `path` (a name no other write uses, created only if
/// absent, mode 0600), syncs it to disk, renames it over `path` and syncs the folder, so
/// `path` is always either the old state or the new one. The new file is removed when any
/// step fails.
pub fn replace(path: &Path, bytes: &[u8]) -> Result<(), String> {
    let temporary = temporary_beside(path);
    let written = write_new(&temporary, bytes)
        .and_then(|()| std::fs::rename(&temporary, path))
        .map_err(|e| format!("cannot write the state file {}: {e}", path.display()));
    if written.is_err() {
        let _ = std::fs::remove_file(&temporary);
    }
    written?;
    // The rename itself lasts only once the folder's entry is on disk (best effort: not
    // every file system lets a folder be opened for syncing).
    if let Ok(folder) = std::fs::File::open(folder_of(path)) {
        let _ = folder.sync_all();
    }
    Ok(())
}

fn folder_of(path: &Path) -> &Path {
    match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    }
}

/// `.state.json.<pid>.<n>.tmp` beside `state.json`: unique to this process and this write.
fn temporary_beside(path: &Path) -> PathBuf {
    static WRITES: AtomicU64 = AtomicU64::new(0);
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "state".into());
    let n = WRITES.fetch_add(1, Ordering::Relaxed);
    folder_of(path).join(format!(".{name}.{}.{n}.tmp", std::process::id()))
}

fn write_new(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(path)?;
    file.write_all(bytes)?;
    file.sync_all()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_file_is_replaced_whole_readable_by_its_owner_only_and_no_temporary_is_left() {
        let folder = std::env::temp_dir().join(format!("iam-emulator-state-file-{}", std::process::id()));
        std::fs::create_dir_all(&folder).unwrap();
        let path = folder.join("state.json");
        std::fs::write(&path, "old").unwrap();
        replace(&path, b"new").unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "new");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert_eq!(std::fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o600);
        }
        let left: Vec<_> = std::fs::read_dir(&folder).unwrap().flatten().map(|e| e.file_name()).collect();
        assert_eq!(left, [std::ffi::OsString::from("state.json")]);
        std::fs::remove_dir_all(&folder).unwrap();
        assert!(replace(&path, b"newer").is_err(), "a folder that is gone is an error, not a success");
    }
}
