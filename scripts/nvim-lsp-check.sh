#!/usr/bin/env bash
# Runs `weave lsp` inside a real editor's LSP client: Debian's neovim,
# headless, with a minimal Lua config. It opens a story with an error
# (a copy of scripts/lighthouse.ron with two mistakes, or the story named
# as the first argument), waits for the diagnostics the server publishes,
# prints them as neovim received them, asks for a definition and a hover,
# and quits.
#
#   scripts/nvim-lsp-check.sh [STORY]     (WEAVE=path/to/weave to pick a binary)
#
# Needs `nvim` (apt-get install neovim; 0.7 or newer).
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
weave="${WEAVE:-$repo/target/debug/weave}"
if [ -z "${WEAVE:-}" ]; then
    (cd "$repo" && cargo build --quiet)
fi
command -v nvim >/dev/null || { echo "nvim not found: apt-get install -y neovim" >&2; exit 2; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
if [ $# -ge 1 ]; then
    story="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
else
    story="$work/lighthouse.ron"
    sed -e '0,/Line("-> landing")/s//Line("-> landingg")/' \
        -e '0,/cond: "ship_seen"/s//cond: "ship_sen"/' \
        "$repo/scripts/lighthouse.ron" > "$story"
fi

cat > "$work/init.lua" <<LUA
local out = function(s) io.stdout:write(s .. "\n") end
local buf = vim.api.nvim_get_current_buf()
local client = vim.lsp.start_client({
  name = "weave",
  cmd = { "$weave", "lsp" },
  root_dir = vim.fn.fnamemodify("$story", ":h"),
})
if not client then out("could not start weave lsp"); vim.cmd("cquit 2") end
vim.lsp.buf_attach_client(buf, client)
-- Diagnostics of every file of the story (an INCLUDEd file's too).
local got = vim.wait(20000, function() return #vim.diagnostic.get() > 0 end, 50)
if not got then out("no diagnostics within 20 s"); vim.cmd("cquit 1") end
vim.wait(300)
local sev = { "error", "warning", "info", "hint" }
out(string.format("neovim %s received %d diagnostic(s) from weave lsp, opening %s:",
  tostring(vim.version().major) .. "." .. tostring(vim.version().minor) .. "." .. tostring(vim.version().patch),
  #vim.diagnostic.get(), vim.fn.fnamemodify("$story", ":t")))
for _, d in ipairs(vim.diagnostic.get()) do
  local name = vim.api.nvim_buf_get_name(d.bufnr)
  local lines = vim.fn.readfile(name)
  local line = lines[d.lnum + 1] or ""
  out(string.format("  %s:%d:%d: %s: %s", vim.fn.fnamemodify(name, ":t"), d.lnum + 1, d.col + 1,
    sev[d.severity] or "?", (d.message:gsub("\n", " / "))))
  out(string.format("      text at the range: %q", line:sub(d.col + 1, d.end_col)))
end
-- One navigation request through the same client: the definition of the
-- first divert to a stitch, and a hover on it.
local row, col
for i, l in ipairs(vim.api.nvim_buf_get_lines(buf, 0, -1, false)) do
  local c = l:find("-> logbook", 1, true)
  if c then row, col = i - 1, c + 2; break end
end
if row then
  local params = { textDocument = { uri = vim.uri_from_bufnr(buf) }, position = { line = row, character = col } }
  local def = vim.lsp.buf_request_sync(buf, "textDocument/definition", params, 10000)
  for _, r in pairs(def or {}) do
    local loc = r.result
    if loc and loc.range then
      out(string.format("definition of logbook (line %d): line %d, column %d", row + 1, loc.range.start.line + 1, loc.range.start.character + 1))
    end
  end
  local hover = vim.lsp.buf_request_sync(buf, "textDocument/hover", params, 10000)
  for _, r in pairs(hover or {}) do
    if r.result then out("hover: " .. (r.result.contents.value:gsub("\n+", " "))) end
  end
end
vim.lsp.stop_client(client)
vim.wait(2000, function() return vim.lsp.get_client_by_id(client) == nil end, 50)
vim.cmd("qall!")
LUA

HOME="$work" XDG_CONFIG_HOME="$work" XDG_DATA_HOME="$work" XDG_STATE_HOME="$work" \
    timeout 60 nvim --headless --clean -n -c "luafile $work/init.lua" "$story"
