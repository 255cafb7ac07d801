#!/bin/sh
# Prints a JAVA_HOME whose java is version 21 or newer, preferring $JAVA_HOME, then the JDKs
# under /usr/lib/jvm (newest first). The build needs 21+; Debian's default java may be 17.
version_of() { "$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n1; }
for home in "$JAVA_HOME" $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV); do
    home=${home%/}
    [ -n "$home" ] && [ -x "$home/bin/javac" ] || continue
    v=$(version_of "$home")
    if [ -n "$v" ] && [ "$v" -ge 21 ]; then echo "$home"; exit 0; fi
done
echo "find-jdk: no JDK 21+ found (looked at \$JAVA_HOME and /usr/lib/jvm); install one, e.g. openjdk-21-jdk or temurin-21-jdk" >&2
exit 1
