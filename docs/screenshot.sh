#!/bin/sh
# Takes docs/screenshot.png (light) and docs/screenshot-dark.png (dark) of the real app under Xvfb.
# Needs: apt-get install -y xvfb libgtk-3-0 imagemagick; run from the project root after `mvn compile`.
set -e
shoot() {
  xvfb-run -a -s "-screen 0 1400x900x24" sh -c "
    java -Dprism.order=sw -Ddateline.theme=$1 -cp \"target/classes:\$(cat target/cp.txt)\" org.dateline.cli.Main seeds &
    pid=\$!; sleep \${WAIT:-20}; import -window root \"$2\"; convert \"$2\" -trim +repage \"$2\"; kill \$pid"
}
mvn -q -o dependency:build-classpath -Dmdep.outputFile=target/cp.txt >/dev/null
shoot light docs/screenshot.png
shoot dark docs/screenshot-dark.png
