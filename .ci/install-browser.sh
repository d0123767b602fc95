#!/usr/bin/env bash
# Installs what the browser test (io.xunlu.serve.NewsroomPageBrowserTest) drives: Debian's chromium
# and chromium-driver, plus one small CJK font so that screenshots show Chinese text, not boxes.
# Idempotent: does nothing when they are already there. Called by .ci/run before `mvn verify`.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
[ -x /usr/bin/chromedriver ] || need+=(chromium-driver)
if ! command -v fc-list >/dev/null 2>&1 || [ -z "$(fc-list :lang=zh 2>/dev/null)" ]; then
  need+=(fonts-wqy-microhei)
fi
if [ ${#need[@]} -eq 0 ]; then
  echo "install-browser: chromium, chromedriver and a CJK font are present"
  exit 0
fi
echo "install-browser: installing ${need[*]}"
apt-get update -q
apt-get install -y -q "${need[@]}"
/usr/bin/chromium --version || true
/usr/bin/chromedriver --version || true
