#!/bin/sh
# Takes docs/screenshot.png (light) and docs/screenshot-dark.png (dark) of the real app under Xvfb, seeds loaded,
# with an event selected from the keyboard (Home, Right x N, Enter) so the details pane shows its source passage.
# Needs: apt-get install -y xvfb libgtk-3-0 imagemagick xdotool; run from the project root after `mvn compile`.
set -e
shoot() {
  xvfb-run -a -s "-screen 0 1400x900x24" sh -c "
    java -Dprism.order=sw -Ddateline.theme=$1 -cp \"target/classes:\$(cat target/cp.txt)\" org.dateline.cli.Main seeds &
    pid=\$!; sleep \${WAIT:-20}
    if command -v xdotool >/dev/null; then
      w=\$(xdotool search --name Dateline | head -1); xdotool windowfocus \$w 2>/dev/null || true
      xdotool key --delay 150 Home ${KEYS:-Right Right Right Right Right Right} Return; sleep 2
    fi
    import -window root \"$2\"; convert \"$2\" -trim +repage \"$2\"; kill \$pid"
}
mvn -q -o dependency:build-classpath -Dmdep.outputFile=target/cp.txt >/dev/null
shoot light docs/screenshot.png
shoot dark docs/screenshot-dark.png
