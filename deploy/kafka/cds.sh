# Sourced by start and stop: the class-data-sharing archive of the cluster
# nodes. A node JVM maps Kafka's classes from it instead of loading and
# verifying them from the jars: 35-45% less CPU to start (366-412 instead
# of 647-714 CPU ticks to ready, a cluster start 42 s instead of 80 s, on
# the 2-core machine at load 30), seconds off every start and `--start N`.
# The first nodes run without one and dump theirs when they exit normally
# (SIGTERM); stop (or --restart) checks it and keeps it in .cache for the
# next start (the first stop takes longer: three JVMs dump ~50 MB each).
# Keyed by the java binary and the jars: another JDK or Kafka makes a new
# one. A truncated archive crashes the JVM (SIGBUS, tried), so one is kept
# only once a JVM with -Xshare:on and the checksum check accepts it (a
# truncated one: exit 134, a corrupted one: exit 1), and it is put in place
# by a rename; in use, a damaged one fails the checksum and the node starts
# without it (tried: a warning in broker.log).
cds_file() {
  local j
  j=$(readlink -f "$(command -v java)")
  echo "$here/.cache/cds-$( (echo "$j"; stat -c %Y "$j"; ls "$libs") | cksum | cut -d' ' -f1).jsa"
}

# cds_opts DIR: the JVM options of the node in DIR.
cds_opts() {
  local f
  f=$(cds_file)
  if [ -s "$f" ]; then
    echo "-XX:SharedArchiveFile=$f -XX:+VerifySharedSpaces"
  else
    echo "-XX:ArchiveClassesAtExit=$1/cds.jsa -XX:+VerifySharedSpaces"
  fi
}

# cds_keep DIR: keep the archive the node in DIR dumped on exit, if there
# is none yet and it is sound; then remove the node's copy.
cds_keep() {
  local d=$1 f
  [ -s "$d/cds.jsa" ] || { rm -f "$d/cds.jsa"; return 0; }
  f=$(cds_file)
  # The crash report of a JVM that the check crashes goes to the run dir.
  if [ ! -s "$f" ] && java -Xshare:on -XX:+VerifySharedSpaces -XX:SharedArchiveFile="$d/cds.jsa" -XX:-UsePerfData \
      -XX:ErrorFile="$d/cds-check-crash.log" -XX:-CreateCoredumpOnCrash -cp "$libs/*" -version >/dev/null 2>&1; then
    cp "$d/cds.jsa" "$f.tmp.$$" && mv -f "$f.tmp.$$" "$f"
  fi
  rm -f "$d/cds.jsa" "$f.tmp.$$"
}
