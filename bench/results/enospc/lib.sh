# helpers
# BWO_REPO: a clone of bwo with target/ built (default: this repository)
BWO_REPO=${BWO_REPO:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)}
export PATH=$BWO_REPO/bin:$PATH
BWO="nice bwo"
fill() { dd if=/dev/zero of="$1/filler" bs=4k 2>/dev/null; sync; }
mk() { mkdir -p "$1" && mountpoint -q "$1" || mount -t tmpfs -o size="$2" tmpfs "$1"; }
un() { umount "$1" 2>/dev/null; }
newcat() { rm -rf "$1"; mkdir -p "$1"; BWO_CATALOG="$1" nice bwo settings import $BWO_REPO/testdata/world.json >/dev/null && BWO_CATALOG="$1" nice bwo workload init >/dev/null; }
tmps() { find "$@" -name '*.tmp' 2>/dev/null; }
