#!/usr/bin/env bash
# Packs the solution as a release would (dotnet pack SlaEngine.sln -c Release) and checks every package:
# contents, nuspec metadata, dependency groups, symbols and SourceLink. Prints PASS or FAIL per check and
# exits non-zero if any check fails (a project that does not exist yet is a FAIL, not a crash).
#
#   bash eng/check-packages.sh [output-folder]      # default artifacts/packages (emptied first)
set -uo pipefail
cd "$(dirname "$0")/.."

out=${1:-artifacts/packages}
rm -rf "$out"
mkdir -p "$out"
out=$(cd "$out" && pwd)
log="$out/../pack.log"

start=$(date +%s)
echo "check-packages: dotnet pack SlaEngine.sln -c Release -o $out"
if ! dotnet pack SlaEngine.sln -c Release -o "$out" >"$log" 2>&1; then
  grep -E ': (error|warning) ' "$log" | sort -u | head -40
  tail -20 "$log"
  echo "FAIL  dotnet pack SlaEngine.sln -c Release (log: $log)"
  echo "packages: 0 passed, 1 failed"
  exit 1
fi
pack_seconds=$(( $(date +%s) - start ))
echo "PASS  dotnet pack SlaEngine.sln -c Release, package validation included (${pack_seconds}s)"

python3 - "$out" <<'PY'
import json, os, re, shutil, struct, subprocess, sys, tempfile, time, zipfile
import xml.etree.ElementTree as ET

OUT = sys.argv[1]
REPO_URL = "https://github.com/slaengine/slaengine"
CONTENT_URL = "https://raw.githubusercontent.com/slaengine/slaengine/"
LIBRARIES = {
    # id: (project folder, {tfm: exact dependency ids} or None for "any tfm, these ids")
    "SlaEngine": ("src/SlaEngine", {"netstandard2.0": {"NodaTime", "System.Text.Json"}, "net8.0": {"NodaTime"}}),
    "SlaEngine.ICalendar": ("src/SlaEngine.ICalendar", None),
}
ICALENDAR_DEPENDENCIES = {"SlaEngine", "Ical.Net"}
TOOL = ("SlaEngine.Cli", "src/SlaEngine.Cli", "sla")
EXPECTED_IDS = set(LIBRARIES) | {TOOL[0]}

passed = failed = 0


def check(package, what, ok, detail=""):
    global passed, failed
    if ok:
        passed += 1
        print(f"PASS  {package}: {what}")
    else:
        failed += 1
        print(f"FAIL  {package}: {what}" + (f" ({detail})" if detail else ""))
    return ok


def tfm(name):
    """'.NETStandard2.0' / 'net8.0' / '.NETCoreApp8.0' -> short folder name."""
    n = name.lower()
    m = re.fullmatch(r"\.?netstandard,?(?:version=v)?(\d+\.\d+)", n)
    if m:
        return "netstandard" + m.group(1)
    m = re.fullmatch(r"\.?netcoreapp,?(?:version=v)?(\d+\.\d+)", n)
    if m:
        return ("net" if float(m.group(1)) >= 5 else "netcoreapp") + m.group(1)
    return n


# ---- package files --------------------------------------------------------------------------------
packages = {}
for name in sorted(os.listdir(OUT)):
    m = re.fullmatch(r"(?P<id>.+?)\.(?P<version>\d+\.\d+\.\d+(?:[-.][0-9A-Za-z.-]+)?)\.(?P<kind>nupkg|snupkg)", name)
    if m:
        packages.setdefault(m["id"], {})[m["kind"]] = os.path.join(OUT, name)
        packages[m["id"]]["version"] = m["version"]

extra = sorted(set(packages) - EXPECTED_IDS)
check("solution", "packs exactly the packable projects " + ", ".join(sorted(EXPECTED_IDS)),
      not extra, "unexpected packages: " + ", ".join(extra))


def nuspec_of(zf):
    names = [n for n in zf.namelist() if n.endswith(".nuspec") and "/" not in n]
    root = ET.fromstring(zf.read(names[0]))
    ns = {"n": root.tag[1:].split("}")[0]} if root.tag.startswith("{") else {"n": ""}
    return root.find("n:metadata", ns), ns


def common_checks(pid, zf, meta, ns):
    names = set(zf.namelist())
    check(pid, "README.md at the package root", "README.md" in names)
    readme = meta.find("n:readme", ns)
    check(pid, "nuspec <readme> is README.md", readme is not None and readme.text == "README.md",
          "missing" if readme is None else readme.text)
    lic = meta.find("n:license", ns)
    check(pid, "licence expression MIT",
          lic is not None and lic.get("type") == "expression" and lic.text == "MIT",
          "missing" if lic is None else f"{lic.get('type')} {lic.text}")
    repo = meta.find("n:repository", ns)
    commit = repo.get("commit", "") if repo is not None else ""
    check(pid, "nuspec <repository> names the GitHub repository and a commit",
          repo is not None and repo.get("type") == "git" and repo.get("url") == REPO_URL
          and re.fullmatch(r"[0-9a-f]{40}", commit) is not None,
          "missing" if repo is None else str(repo.attrib))
    return commit


def dependency_groups(meta, ns):
    groups = {}
    deps = meta.find("n:dependencies", ns)
    if deps is None:
        return groups
    for g in deps.findall("n:group", ns):
        groups[tfm(g.get("targetFramework", ""))] = {
            d.get("id"): d.get("version") for d in g.findall("n:dependency", ns)}
    for d in deps.findall("n:dependency", ns):
        groups.setdefault("(any)", {})[d.get("id")] = d.get("version")
    return groups


def sourcelink_of(pdb):
    """The SourceLink JSON the compiler stores, uncompressed, in a portable PDB's blob heap."""
    m = re.search(rb'\{"documents":\{.*?\}\}', pdb, re.S)
    if not m:
        return None
    try:
        return json.loads(m.group(0))
    except ValueError:
        return None


def symbol_checks(pid, entry, assembly, tfms, commit):
    snupkg = entry.get("snupkg")
    if not check(pid, "symbol package .snupkg", snupkg is not None, "not produced"):
        return
    with zipfile.ZipFile(snupkg) as zf:
        for t in tfms:
            path = f"lib/{t}/{assembly}.pdb"
            if not check(pid, f"{path} in the .snupkg", path in zf.namelist()):
                continue
            pdb = zf.read(path)
            check(pid, f"{path} is a portable PDB", pdb[:4] == b"BSJB")
            link = sourcelink_of(pdb)
            docs = (link or {}).get("documents", {})
            want = CONTENT_URL + commit + "/*"
            check(pid, f"{path} SourceLink maps /_/* to {CONTENT_URL}<commit>/*",
                  docs.get("/_/*") == want, "no SourceLink JSON" if link is None else json.dumps(docs))


# ---- assembly references (ECMA-335 metadata, enough to read the AssemblyRef table) ---------------------
def assembly_refs(data):
    def u16(o): return struct.unpack_from("<H", data, o)[0]
    def u32(o): return struct.unpack_from("<I", data, o)[0]
    pe = u32(0x3C)
    sections, opt_size = u16(pe + 6), u16(pe + 20)
    opt = pe + 24
    dirs = opt + (96 if u16(opt) == 0x10B else 112)
    cli_rva = u32(dirs + 14 * 8)
    table = opt + opt_size
    secs = [(u32(table + i * 40 + 12), u32(table + i * 40 + 8), u32(table + i * 40 + 20)) for i in range(sections)]

    def off(rva):
        for va, size, raw in secs:
            if va <= rva < va + size:
                return rva - va + raw
        raise ValueError("RVA outside every section")
    md = off(u32(off(cli_rva) + 8))
    vlen = u32(md + 12)
    count, p = u16(md + 16 + vlen + 2), md + 16 + vlen + 4
    streams = {}
    for _ in range(count):
        so, ss = u32(p), u32(p + 4)
        e = data.index(b"\0", p + 8)
        streams[data[p + 8:e].decode()] = (md + so, ss)
        p = (e + 4) & ~3
    tp = streams["#~"][0]
    strings = streams["#Strings"][0]
    heap = data[tp + 6]
    valid = struct.unpack_from("<Q", data, tp + 8)[0]
    rows, q = [0] * 64, tp + 24
    for i in range(64):
        if valid >> i & 1:
            rows[i] = u32(q)
            q += 4
    S = 4 if heap & 1 else 2
    G = 4 if heap & 2 else 2
    B = 4 if heap & 4 else 2

    def idx(t): return 4 if rows[t] >= 1 << 16 else 2

    def coded(bits, tables): return 4 if max(rows[t] for t in tables) >= 1 << (16 - bits) else 2
    tdor = coded(2, [2, 1, 0x1B])
    hca = coded(5, [6, 4, 1, 2, 8, 9, 0xA, 0, 0xE, 0x17, 0x14, 0x11, 0x1A, 0x1B, 0x20, 0x23, 0x26, 0x27, 0x28, 0x2A, 0x2C, 0x2B])
    sizes = {
        0x00: 2 + S + 3 * G, 0x01: coded(2, [0, 0x1A, 0x23, 1]) + 2 * S,
        0x02: 4 + 2 * S + tdor + idx(4) + idx(6), 0x03: idx(4), 0x04: 2 + S + B, 0x05: idx(6),
        0x06: 8 + S + B + idx(8), 0x07: idx(8), 0x08: 4 + S, 0x09: idx(2) + tdor,
        0x0A: coded(3, [2, 1, 0x1A, 6, 0x1B]) + S + B, 0x0B: 2 + coded(2, [4, 8, 0x17]) + B,
        0x0C: hca + coded(3, [6, 0xA]) + B, 0x0D: coded(1, [4, 8]) + B, 0x0E: 2 + coded(2, [2, 6, 0x20]) + B,
        0x0F: 6 + idx(2), 0x10: 4 + idx(4), 0x11: B, 0x12: idx(2) + idx(0x14), 0x13: idx(0x14),
        0x14: 2 + S + tdor, 0x15: idx(2) + idx(0x17), 0x16: idx(0x17), 0x17: 2 + S + B,
        0x18: 2 + idx(6) + coded(1, [0x14, 0x17]), 0x19: idx(2) + 2 * coded(1, [6, 0xA]), 0x1A: S, 0x1B: B,
        0x1C: 2 + coded(1, [4, 6]) + S + idx(0x1A), 0x1D: 4 + idx(4), 0x1E: 8, 0x1F: 4,
        0x20: 16 + B + 2 * S, 0x21: 4, 0x22: 12,
    }
    if heap & 0x40:
        q += 4
    for t in range(0x23):
        q += sizes[t] * rows[t]

    def string(i):
        s = strings + i
        return data[s:data.index(b"\0", s)].decode()
    names, row = [], 12 + B + 2 * S + B
    for r in range(rows[0x23]):
        name_idx = q + r * row + 12 + B
        names.append(string(u32(name_idx) if S == 4 else u16(name_idx)))
    return names


def reference_closure_check(pid, version, zf, assembly):
    """Every assembly the netstandard2.0 build references must be netstandard itself or come with a dependency:
    restores a netstandard2.0 consumer of the package and compares with the restored compile assets."""
    refs = set(assembly_refs(zf.read(f"lib/netstandard2.0/{assembly}.dll"))) - {"netstandard"}
    work = tempfile.mkdtemp(prefix="slaengine-consumer-")
    try:
        global_packages = subprocess.run(["dotnet", "nuget", "locals", "global-packages", "--list"],
                                         capture_output=True, text=True).stdout.split(":", 1)[-1].strip()
        with open(os.path.join(work, "Consumer.csproj"), "w") as f:
            f.write(f"""<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>netstandard2.0</TargetFramework>
    <RestorePackagesPath>{work}/packages</RestorePackagesPath>
    <RestoreFallbackFolders>{global_packages}</RestoreFallbackFolders>
    <RestoreAdditionalProjectSources>{OUT}</RestoreAdditionalProjectSources>
  </PropertyGroup>
  <ItemGroup><PackageReference Include="{pid}" Version="[{version}]" /></ItemGroup>
</Project>
""")
        for name in ("Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props"):
            open(os.path.join(work, name), "w").write("<Project />\n")
        r = subprocess.run(["dotnet", "restore", work], capture_output=True, text=True)
        if not check(pid, "a netstandard2.0 consumer restores it", r.returncode == 0, r.stdout[-600:]):
            return
        assets = json.load(open(os.path.join(work, "obj", "project.assets.json")))
        provided = set()
        for lib_name, lib in next(iter(assets["targets"].values())).items():
            if lib_name.split("/")[0].lower() == pid.lower():
                continue
            for key in ("compile", "runtime"):
                for path in lib.get(key, {}):
                    if path.endswith(".dll"):
                        provided.add(os.path.basename(path)[:-4])
        missing = sorted(refs - provided)
        check(pid, f"every assembly lib/netstandard2.0/{assembly}.dll references comes with a dependency "
              f"({', '.join(sorted(refs))})", not missing, "no dependency provides " + ", ".join(missing))
    finally:
        shutil.rmtree(work, ignore_errors=True)


# ---- libraries ----------------------------------------------------------------------------------------
for pid, (folder, expected_groups) in LIBRARIES.items():
    if not os.path.isdir(folder):
        check(pid, f"project {folder} exists", False, "missing: its checks are skipped")
        continue
    entry = packages.get(pid)
    if not check(pid, f"{pid}.<version>.nupkg produced", entry is not None and "nupkg" in entry, "not produced"):
        continue
    with zipfile.ZipFile(entry["nupkg"]) as zf:
        names = set(zf.namelist())
        meta, ns = nuspec_of(zf)
        commit = common_checks(pid, zf, meta, ns)
        lib_tfms = sorted({n.split("/")[1] for n in names if n.startswith("lib/") and n.count("/") == 2})
        wanted = sorted(expected_groups) if expected_groups else lib_tfms
        check(pid, "lib/ holds exactly " + ", ".join(wanted), bool(lib_tfms) and lib_tfms == wanted,
              "lib/ holds " + (", ".join(lib_tfms) or "nothing"))
        for t in wanted:
            for ext in ("dll", "xml"):
                path = f"lib/{t}/{pid}.{ext}"
                check(pid, path, path in names)
            xml = f"lib/{t}/{pid}.xml"
            if xml in names:
                check(pid, f"{xml} documents members", b"<member name=" in zf.read(xml))
        extra_folders = {"schemas"} if pid == "SlaEngine" else set()
        stray = sorted({n.split("/")[0] for n in names if "/" in n} - {"lib", "_rels", "package"} - extra_folders)
        check(pid, "no folders beyond lib/" + (" and schemas/" if extra_folders else "") + " (no analyzers, build or content assets)", not stray, ", ".join(stray))
        if pid == "SlaEngine":
            # The JSON Schemas of the documents ship in the package, the same files as the repository's schemas/.
            repo_schemas = sorted(f for f in os.listdir("schemas") if f.endswith(".schema.json"))
            packed = sorted(n.split("/", 1)[1] for n in names if n.startswith("schemas/"))
            check(pid, "schemas/ holds every *.schema.json of the repository", bool(repo_schemas) and packed == repo_schemas,
                  "packed: " + (", ".join(packed) or "nothing"))
            for f in repo_schemas:
                if f"schemas/{f}" in names:
                    with open(os.path.join("schemas", f), "rb") as fh:
                        check(pid, f"schemas/{f} is the repository's file", zf.read(f"schemas/{f}") == fh.read())
        groups = dependency_groups(meta, ns)
        if expected_groups:
            got = {t: set(d) for t, d in groups.items()}
            want = {t: set(d) for t, d in expected_groups.items()}
            check(pid, "dependency groups " + "; ".join(f"{t}: {', '.join(sorted(d))}" for t, d in sorted(want.items())),
                  got == want, "; ".join(f"{t}: {', '.join(sorted(d))}" for t, d in sorted(got.items())))
        else:
            check(pid, "a dependency group for each lib/ folder", set(groups) == set(lib_tfms), ", ".join(sorted(groups)))
            for t, d in sorted(groups.items()):
                check(pid, f"{t} depends on {', '.join(sorted(ICALENDAR_DEPENDENCIES))} only",
                      set(d) == ICALENDAR_DEPENDENCIES, ", ".join(sorted(d)))
                if "SlaEngine" in d and "SlaEngine" in packages:
                    check(pid, f"{t} depends on this build's SlaEngine {packages['SlaEngine']['version']}",
                          d["SlaEngine"] in (packages["SlaEngine"]["version"], f"[{packages['SlaEngine']['version']}, )"),
                          d["SlaEngine"])
        if "netstandard2.0" in lib_tfms and f"lib/netstandard2.0/{pid}.dll" in names:
            reference_closure_check(pid, entry["version"], zf, pid)
    symbol_checks(pid, entry, pid, wanted, commit)

# ---- the dotnet tool ----------------------------------------------------------------------------------
pid, folder, command = TOOL
if not os.path.isdir(folder):
    check(pid, f"project {folder} exists", False, "missing: its checks are skipped")
else:
    entry = packages.get(pid)
    if check(pid, f"{pid}.<version>.nupkg produced", entry is not None and "nupkg" in entry, "not produced"):
        with zipfile.ZipFile(entry["nupkg"]) as zf:
            names = set(zf.namelist())
            meta, ns = nuspec_of(zf)
            common_checks(pid, zf, meta, ns)
            types = [t.get("name") for t in meta.findall("n:packageTypes/n:packageType", ns)]
            check(pid, "packageType DotnetTool", types == ["DotnetTool"], ", ".join(types) or "none")
            settings = sorted(n for n in names if re.fullmatch(r"tools/[^/]+/any/DotnetToolSettings\.xml", n))
            if check(pid, "tools/<tfm>/any/DotnetToolSettings.xml", len(settings) == 1, ", ".join(settings) or "missing"):
                root = ET.fromstring(zf.read(settings[0]))
                cmds = root.findall("Commands/Command")
                check(pid, f"the tool's command is '{command}'", [c.get("Name") for c in cmds] == [command],
                      ", ".join(str(c.get("Name")) for c in cmds))
                for c in cmds:
                    entry_point = settings[0].rsplit("/", 1)[0] + "/" + c.get("EntryPoint", "")
                    check(pid, f"entry point {entry_point} is in the package", entry_point in names)
            check(pid, "no package dependencies (a tool carries its own)", not dependency_groups(meta, ns))

print(f"packages: {passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
PY
status=$?
echo "check-packages: $(( $(date +%s) - start ))s in all (pack ${pack_seconds}s)"
exit $status
