# Shared by regen.sh and run.sh: run_case EDITOR... -- runs one case.
#
# A case NAME has NAME.ed (the commands, fed to the editor through a pipe,
# so errors do not end the session), optional NAME.input (copied to `file`),
# optional NAME.input2 (copied to `other`) and optional NAME.args (the
# command-line arguments; default: `file` when NAME.input exists).
# Results: $work/out (stdout), $work/status (exit status) and $work/files
# (every file left in the working directory, name and contents).

run_case() {
    case_dir=$1; name=$2; shift 2
    rm -rf "$work/dir"; mkdir -p "$work/dir"
    [ -f "$case_dir/$name.input" ] && cp "$case_dir/$name.input" "$work/dir/file"
    [ -f "$case_dir/$name.input2" ] && cp "$case_dir/$name.input2" "$work/dir/other"
    if [ -f "$case_dir/$name.args" ]; then
        args=$(cat "$case_dir/$name.args")
    elif [ -f "$case_dir/$name.input" ]; then
        args=file
    else
        args=
    fi
    (cd "$work/dir" && cat "$case_dir/$name.ed" | "$@" $args >"$work/out" 2>"$work/err")
    echo $? >"$work/status"
    : >"$work/files"
    for f in $(cd "$work/dir" && ls); do
        printf '== %s ==\n' "$f" >>"$work/files"
        cat "$work/dir/$f" >>"$work/files"
    done
}
