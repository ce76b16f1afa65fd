//! Byte offsets in a file's text and the positions an editor speaks of:
//! LSP lines and columns count UTF-16 code units, weave's spans count bytes.

use crate::story::SourceFile;
use lsp_types::{Position, Range};
use std::borrow::Cow;

/// A text and where each of its lines starts, to turn offsets into
/// positions fast. A file of an analysis lends the line starts its
/// [`SourceFile`] keeps (found once, shared with every diagnostic).
#[derive(Clone, Debug)]
pub struct LineIndex<'a> {
    text: &'a str,
    starts: Cow<'a, [usize]>,
}

impl<'a> LineIndex<'a> {
    /// The index of a text that is no analysis's file (a document being
    /// edited).
    pub fn new(text: &'a str) -> LineIndex<'a> {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex {
            text,
            starts: Cow::Owned(starts),
        }
    }

    pub fn of(file: &'a SourceFile) -> LineIndex<'a> {
        LineIndex {
            text: &file.text,
            starts: Cow::Borrowed(file.line_starts()),
        }
    }

    /// The LSP position of byte `offset` (clamped to the text).
    pub fn position(&self, offset: usize) -> Position {
        let text = self.text;
        let offset = floor_boundary(text, offset.min(text.len()));
        let line = self.starts.partition_point(|&s| s <= offset) - 1;
        let start = self.starts[line];
        let character = text[start..offset].encode_utf16().count();
        Position::new(line as u32, character as u32)
    }

    pub fn range(&self, start: usize, end: usize) -> Range {
        Range::new(self.position(start), self.position(end))
    }

    /// The byte offset of an LSP position (clamped to its line).
    pub fn offset(&self, position: Position) -> usize {
        let text = self.text;
        let Some(&start) = self.starts.get(position.line as usize) else {
            return text.len();
        };
        let end = self
            .starts
            .get(position.line as usize + 1)
            .map_or(text.len(), |&e| e - 1);
        let mut units = 0;
        for (i, c) in text[start..end].char_indices() {
            if units >= position.character as usize {
                return start + i;
            }
            units += c.len_utf16();
        }
        end
    }
}

fn floor_boundary(text: &str, mut offset: usize) -> usize {
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_count_utf16_units_and_round_trip() {
        let text = "ab\n😀é x\nlast";
        let index = LineIndex::new(text);
        let x = text.find('x').unwrap();
        assert_eq!(index.position(x), Position::new(1, 4));
        assert_eq!(index.offset(Position::new(1, 4)), x);
        assert_eq!(index.position(text.len()), Position::new(2, 4));
        assert_eq!(index.offset(Position::new(9, 0)), text.len());
        assert_eq!(index.offset(Position::new(0, 99)), 2);
        let mut sources = crate::story::SourceMap::default();
        let file = sources.add("f", text);
        let shared = LineIndex::of(sources.file(file).unwrap());
        assert_eq!(shared.position(x), Position::new(1, 4));
        assert_eq!(shared.offset(Position::new(1, 4)), x);
    }
}
