//! The server loop: the handshake, then one `match` over the messages.
//! Edits update the documents and queue the story for the worker;
//! requests are answered from the newest analysis, each inside
//! `catch_unwind` so that a bug in one answer never stops the server.

use super::analysis::Analysis;
use super::documents::{is_story, path_of};
use super::position::LineIndex;
use super::worker::{self, Shared};
use super::{completion, hover, navigation, outline};
use lsp_server::{Connection, ErrorCode, Message, Notification, Request, RequestId, Response};
use lsp_types::notification::{
    DidChangeTextDocument, DidChangeWatchedFiles, DidCloseTextDocument, DidOpenTextDocument,
    Notification as _,
};
use lsp_types::request::{
    Completion, DocumentSymbolRequest, FoldingRangeRequest, GotoDefinition, HoverRequest,
    References, Rename, Request as _,
};
use lsp_types::{
    CompletionOptions, OneOf, RenameOptions, ServerCapabilities, TextDocumentContentChangeEvent,
    TextDocumentSyncCapability, TextDocumentSyncKind, Url,
};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::PathBuf;
use std::sync::Arc;

/// Why the server stopped other than by `shutdown` and `exit`.
#[derive(Debug, thiserror::Error)]
pub enum LspError {
    #[error("the editor's connection failed: {0}")]
    Protocol(#[from] lsp_server::ProtocolError),
    #[error("the editor's connection failed: {0}")]
    Io(#[from] std::io::Error),
    #[error("could not encode an answer: {0}")]
    Json(#[from] serde_json::Error),
}

fn capabilities() -> ServerCapabilities {
    ServerCapabilities {
        text_document_sync: Some(TextDocumentSyncCapability::Kind(
            TextDocumentSyncKind::INCREMENTAL,
        )),
        definition_provider: Some(OneOf::Left(true)),
        references_provider: Some(OneOf::Left(true)),
        rename_provider: Some(OneOf::Right(RenameOptions {
            prepare_provider: Some(false),
            work_done_progress_options: Default::default(),
        })),
        completion_provider: Some(CompletionOptions {
            trigger_characters: Some(vec![
                ">".into(),
                "{".into(),
                "#".into(),
                ".".into(),
                "~".into(),
            ]),
            ..Default::default()
        }),
        hover_provider: Some(lsp_types::HoverProviderCapability::Simple(true)),
        document_symbol_provider: Some(OneOf::Left(true)),
        folding_range_provider: Some(lsp_types::FoldingRangeProviderCapability::Simple(true)),
        ..Default::default()
    }
}

/// Serves one editor over stdin and stdout until it says `exit`.
pub fn run_stdio() -> Result<(), LspError> {
    let (connection, io_threads) = Connection::stdio();
    connection.initialize(serde_json::to_value(capabilities())?)?;
    let shared = Shared::default();
    let (jobs, queue) = crossbeam_channel::unbounded();
    let worker = {
        let shared = Arc::clone(&shared);
        let out = connection.sender.clone();
        std::thread::spawn(move || worker::run(shared, queue, out))
    };
    let result = serve(&connection, &shared, &jobs);
    drop(jobs);
    // The worker ends when its queue closes; it only ever panics inside
    // its own catch_unwind.
    let _ = worker.join();
    drop(connection);
    io_threads.join()?;
    result
}

fn serve(
    connection: &Connection,
    shared: &Shared,
    jobs: &crossbeam_channel::Sender<worker::Job>,
) -> Result<(), LspError> {
    for message in &connection.receiver {
        match message {
            Message::Request(request) => {
                if connection.handle_shutdown(&request)? {
                    return Ok(());
                }
                let id = request.id.clone();
                let response = guarded(id, || answer(shared, request));
                if connection.sender.send(Message::Response(response)).is_err() {
                    // The editor went away: a normal end.
                    return Ok(());
                }
            }
            Message::Notification(note) => {
                let edited = catch_unwind(AssertUnwindSafe(|| notice(shared, note)));
                if let Ok(Some(root)) = edited {
                    // The worker ends only after this loop; a failed send
                    // cannot happen while it runs.
                    let _ = jobs.send((root, std::time::Instant::now()));
                }
            }
            Message::Response(_) => {}
        }
    }
    Ok(())
}

/// Runs `answer`; a panic inside it becomes an error response to request
/// `id`, so one bad answer never stops the server.
fn guarded(id: RequestId, answer: impl FnOnce() -> Response) -> Response {
    catch_unwind(AssertUnwindSafe(answer)).unwrap_or_else(|_| {
        Response::new_err(
            id,
            ErrorCode::InternalError as i32,
            "weave lsp failed on this request (a bug); the server goes on".into(),
        )
    })
}

/// Applies a notification; returns the story to analyse again, if any.
fn notice(shared: &Shared, note: Notification) -> Option<PathBuf> {
    let mut state = worker::lock(shared);
    match note.method.as_str() {
        DidOpenTextDocument::METHOD => {
            let p: lsp_types::DidOpenTextDocumentParams =
                serde_json::from_value(note.params).ok()?;
            let path = path_of(&p.text_document.uri).filter(|p| is_story(p))?;
            state
                .docs
                .open(path.clone(), p.text_document.text, p.text_document.version);
            Some(worker::touch(&mut state, &path))
        }
        DidChangeTextDocument::METHOD => {
            let p: lsp_types::DidChangeTextDocumentParams =
                serde_json::from_value(note.params).ok()?;
            let path = path_of(&p.text_document.uri).filter(|p| is_story(p))?;
            state
                .docs
                .edit(path.clone(), p.text_document.version, |text| {
                    for change in p.content_changes {
                        apply(text, change);
                    }
                });
            Some(worker::touch(&mut state, &path))
        }
        DidCloseTextDocument::METHOD => {
            let p: lsp_types::DidCloseTextDocumentParams =
                serde_json::from_value(note.params).ok()?;
            let path = path_of(&p.text_document.uri)?;
            state.docs.close(&path);
            is_story(&path).then(|| worker::touch(&mut state, &path))
        }
        DidChangeWatchedFiles::METHOD => {
            let p: lsp_types::DidChangeWatchedFilesParams =
                serde_json::from_value(note.params).ok()?;
            let path = p
                .changes
                .iter()
                .filter_map(|c| path_of(&c.uri))
                .find(|p| is_story(p))?;
            Some(worker::touch(&mut state, &path))
        }
        _ => None,
    }
}

/// Applies one edit (a range, or the whole text) to a document's text.
fn apply(text: &mut String, change: TextDocumentContentChangeEvent) {
    match change.range {
        None => *text = change.text,
        Some(range) => {
            let lines = LineIndex::new(text);
            let start = lines.offset(range.start);
            let end = lines.offset(range.end).max(start);
            text.replace_range(start..end, &change.text);
        }
    }
}

/// The analysis, file and position a request is about.
struct At {
    analysis: Arc<Analysis>,
    path: PathBuf,
    position: lsp_types::Position,
}

fn at(shared: &Shared, uri: &Url, position: lsp_types::Position) -> Option<At> {
    let path = path_of(uri).filter(|p| is_story(p))?;
    let root = worker::lock(shared).docs.root_of(&path);
    Some(At {
        analysis: worker::current(shared, &root),
        path,
        position,
    })
}

fn ok<R: serde::Serialize>(id: RequestId, result: R) -> Response {
    Response::new_ok(id, result)
}

fn answer(shared: &Shared, request: Request) -> Response {
    let id = request.id.clone();
    let bad = |e: serde_json::Error| {
        Response::new_err(
            request.id.clone(),
            ErrorCode::InvalidParams as i32,
            e.to_string(),
        )
    };
    let params = request.params.clone();
    match request.method.as_str() {
        GotoDefinition::METHOD => {
            match serde_json::from_value::<lsp_types::GotoDefinitionParams>(params) {
                Ok(p) => {
                    let t = p.text_document_position_params;
                    let found = at(shared, &t.text_document.uri, t.position).and_then(|at| {
                        let good = at.analysis.good.as_ref()?;
                        navigation::definition(good, &at.path, at.position)
                    });
                    ok(id, found.map(lsp_types::GotoDefinitionResponse::Scalar))
                }
                Err(e) => bad(e),
            }
        }
        References::METHOD => match serde_json::from_value::<lsp_types::ReferenceParams>(params) {
            Ok(p) => {
                let t = p.text_document_position;
                let found = at(shared, &t.text_document.uri, t.position).and_then(|at| {
                    let good = at.analysis.good.as_ref()?;
                    Some(navigation::references(
                        good,
                        &at.path,
                        at.position,
                        p.context.include_declaration,
                    ))
                });
                ok(id, found.unwrap_or_default())
            }
            Err(e) => bad(e),
        },
        Rename::METHOD => match serde_json::from_value::<lsp_types::RenameParams>(params) {
            Ok(p) => {
                let t = p.text_document_position;
                let edit = match at(shared, &t.text_document.uri, t.position) {
                    Some(At {
                        analysis,
                        path,
                        position,
                    }) => match analysis.good.as_ref() {
                        Some(good) => navigation::rename(good, &path, position, &p.new_name),
                        None => Err("the story has not parsed yet".to_string()),
                    },
                    None => Err("not a story file".to_string()),
                };
                match edit {
                    Ok(edit) => ok(id, edit),
                    Err(why) => Response::new_err(id, ErrorCode::RequestFailed as i32, why),
                }
            }
            Err(e) => bad(e),
        },
        Completion::METHOD => match serde_json::from_value::<lsp_types::CompletionParams>(params) {
            Ok(p) => {
                let t = p.text_document_position;
                let items = at(shared, &t.text_document.uri, t.position).and_then(|at| {
                    let good = at.analysis.good.as_ref()?;
                    let text = worker::lock(shared).docs.read(&at.path).ok()?;
                    let lines = LineIndex::new(&text);
                    let offset = lines.offset(at.position);
                    let line_start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
                    let file = good.files.file_of(&at.path);
                    Some(completion::complete(
                        good,
                        file,
                        offset,
                        &text[line_start..offset],
                    ))
                });
                ok(
                    id,
                    lsp_types::CompletionResponse::Array(items.unwrap_or_default()),
                )
            }
            Err(e) => bad(e),
        },
        HoverRequest::METHOD => match serde_json::from_value::<lsp_types::HoverParams>(params) {
            Ok(p) => {
                let t = p.text_document_position_params;
                let found = at(shared, &t.text_document.uri, t.position).and_then(|at| {
                    let good = at.analysis.good.as_ref()?;
                    let text = worker::lock(shared).docs.read(&at.path).ok()?;
                    let offset = LineIndex::new(&text).offset(at.position);
                    hover::hover(good, &at.path, at.position, &text, offset)
                });
                ok(id, found)
            }
            Err(e) => bad(e),
        },
        DocumentSymbolRequest::METHOD => {
            match serde_json::from_value::<lsp_types::DocumentSymbolParams>(params) {
                Ok(p) => {
                    let found =
                        at(shared, &p.text_document.uri, Default::default()).and_then(|at| {
                            let good = at.analysis.good.as_ref()?;
                            let file = good.files.file_of(&at.path)?;
                            Some(outline::document_symbols(good, file))
                        });
                    ok(
                        id,
                        lsp_types::DocumentSymbolResponse::Nested(found.unwrap_or_default()),
                    )
                }
                Err(e) => bad(e),
            }
        }
        FoldingRangeRequest::METHOD => {
            match serde_json::from_value::<lsp_types::FoldingRangeParams>(params) {
                Ok(p) => {
                    let found =
                        at(shared, &p.text_document.uri, Default::default()).and_then(|at| {
                            let good = at.analysis.good.as_ref()?;
                            let file = good.files.file_of(&at.path)?;
                            Some(outline::folding_ranges(good, file))
                        });
                    ok(id, found.unwrap_or_default())
                }
                Err(e) => bad(e),
            }
        }
        _ => Response::new_err(
            id,
            ErrorCode::MethodNotFound as i32,
            format!("weave lsp does not answer `{}`", request.method),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_while_answering_becomes_an_internal_error_for_that_request() {
        let response = guarded(RequestId::from(7), || panic!("a bug in one answer"));
        assert_eq!(response.id, RequestId::from(7));
        let error = response.response_result.expect_err("an error response");
        assert_eq!(error.code, ErrorCode::InternalError as i32);
        assert!(error.message.contains("the server goes on"));
        let fine = guarded(RequestId::from(8), || {
            Response::new_ok(RequestId::from(8), 1)
        });
        assert!(fine.response_result.is_ok());
    }

    #[test]
    fn incremental_edits_apply_at_utf16_positions() {
        let mut text = "ab\n😀x\n".to_string();
        let change = TextDocumentContentChangeEvent {
            range: Some(lsp_types::Range::new(
                lsp_types::Position::new(1, 2),
                lsp_types::Position::new(1, 3),
            )),
            range_length: None,
            text: "yz".into(),
        };
        apply(&mut text, change);
        assert_eq!(text, "ab\n😀yz\n");
    }
}
