#!/usr/bin/env bash
# Runs `weave lsp` inside a real editor's LSP client: Debian's Emacs with
# eglot, in batch mode, configured by the README's emacs snippet as it is
# written there. It opens an ink story with two errors (written here, or
# the story named as the first argument), waits for the diagnostics,
# prints them as flymake holds them (what the buffer shows), asks for a
# definition and a hover through eglot's connection, and shuts down.
#
#   scripts/emacs-lsp-check.sh [STORY.ink]   (WEAVE=path/to/weave to pick a binary)
#
# Needs `emacs` with eglot: Emacs 29 or newer has it built in; on Debian 12
# (Emacs 28) apt-get install -y emacs-nox elpa-eglot.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
weave="${WEAVE:-$repo/target/debug/weave}"
if [ -z "${WEAVE:-}" ]; then
    (cd "$repo" && cargo build --quiet)
fi
weave="$(cd "$(dirname "$weave")" && pwd)/$(basename "$weave")"
command -v emacs >/dev/null || { echo "emacs not found: apt-get install -y emacs-nox elpa-eglot" >&2; exit 2; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
if [ $# -ge 1 ]; then
    story="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
else
    story="$work/harbour.ink"
    cat > "$story" <<'INK'
VAR coins = 3
Hello.
-> harbour

=== harbour ===
The boats rock. {coinz} coins.
* [Sail] -> seaa
* [Stay] -> END

=== sea ===
Waves.
-> END
INK
fi

# The README's snippet, word for word (the `weave` it names is found on
# the PATH, which is set below).
cat > "$work/snippet.el" <<'ELISP'
(define-derived-mode ink-mode prog-mode "ink")
(add-to-list 'auto-mode-alist '("\\.ink\\'" . ink-mode))
(with-eval-after-load 'eglot
  (add-to-list 'eglot-server-programs '((ink-mode ron-mode) . ("weave" "lsp"))))
ELISP

cat > "$work/check.el" <<'ELISP'
;; -*- lexical-binding: t -*-
(require 'eglot)
(require 'flymake)
(defun out (fmt &rest args) (princ (concat (apply #'format fmt args) "\n")))
(setq eglot-sync-connect 20)
(defvar published 0 "How many publishDiagnostics eglot has handled.")
(advice-add 'eglot-handle-notification :after
            (lambda (_server method &rest _)
              (when (eq method 'textDocument/publishDiagnostics)
                (setq published (1+ published)))))
(find-file (car command-line-args-left))
(unless (eq major-mode 'ink-mode) (out "the snippet did not set ink-mode") (kill-emacs 1))
;; What M-x eglot does, without its questions.
(apply #'eglot (eglot--guess-contact))
(let ((deadline (+ (float-time) 20)))
  (while (and (zerop published) (< (float-time) deadline))
    (accept-process-output nil 0.05)))
(when (zerop published) (out "no diagnostics within 20 s") (kill-emacs 1))
;; Flymake takes them from eglot on its own schedule.
(let ((deadline (+ (float-time) 2)))
  (while (and (null (flymake-diagnostics)) (< (float-time) deadline))
    (accept-process-output nil 0.05)))
(out "Emacs %s with eglot received %d diagnostic(s) from weave lsp, opening %s:"
     emacs-version (length (flymake-diagnostics)) (file-name-nondirectory buffer-file-name))
(dolist (d (sort (flymake-diagnostics)
                 (lambda (a b) (< (flymake-diagnostic-beg a) (flymake-diagnostic-beg b)))))
  (let ((beg (flymake-diagnostic-beg d)))
    (out "  %s:%d:%d: %s: %s" (file-name-nondirectory buffer-file-name)
         (line-number-at-pos beg)
         (save-excursion (goto-char beg) (1+ (current-column)))
         (flymake-diagnostic-type d)
         (replace-regexp-in-string "\n" " / " (flymake-diagnostic-text d)))
    (out "      text at the range: %S"
         (buffer-substring-no-properties beg (flymake-diagnostic-end d)))))
;; One navigation request through the same connection: the definition of
;; the first divert to a knot, and a hover on it.
(goto-char (point-min))
(when (re-search-forward "-> \\([a-z_]+\\)" nil t)
  (goto-char (match-beginning 1))
  (let* ((name (match-string 1))
         (server (eglot-current-server))
         (line (line-number-at-pos))
         (def (jsonrpc-request server :textDocument/definition
                               (eglot--TextDocumentPositionParams)))
         (hover (jsonrpc-request server :textDocument/hover
                                 (eglot--TextDocumentPositionParams))))
    (when def
      (let ((start (plist-get (plist-get def :range) :start)))
        (out "definition of %s (line %d): line %d, column %d" name line
             (1+ (plist-get start :line)) (1+ (plist-get start :character)))))
    (when hover
      (out "hover: %s" (replace-regexp-in-string
                        "\n+" " " (plist-get (plist-get hover :contents) :value))))))
(eglot-shutdown (eglot-current-server))
ELISP

cd "$work"
PATH="$(dirname "$weave"):$PATH" HOME="$work" \
    timeout 60 emacs --batch -l "$work/snippet.el" -l "$work/check.el" "$story" 2>"$work/log" \
    || { cat "$work/log" >&2; exit 1; }
