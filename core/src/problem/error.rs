//! [`InvalidProblem`]: why a problem member was refused.

use std::error::Error;
use std::fmt;

/// A member refused by a [`Problem`](crate::Problem) builder method.
///
/// The builders that can refuse their input ([`type_`](crate::Problem::type_),
/// [`instance`](crate::Problem::instance), [`with`](crate::Problem::with))
/// return it, so a bad member is found where it is set, not when the
/// response is sent.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InvalidProblem {
    member: String,
    kind: InvalidProblemKind,
}

/// What was wrong with the member named in an [`InvalidProblem`].
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum InvalidProblemKind {
    /// An extension member has the name of a standard member (`type`,
    /// `title`, `status`, `detail` or `instance`), which it would overwrite.
    ReservedName,
    /// `type` or `instance` is not a URI reference: it is empty, or the byte
    /// at `index` is a space, a control character or not ASCII (percent-encode
    /// those).
    NotUriReference {
        /// Where the refused byte is; `None` when the text is empty.
        index: Option<usize>,
    },
    /// An extension member's value could not be serialised; serde's message.
    Serialize(String),
}

impl InvalidProblem {
    pub(crate) fn new(member: impl Into<String>, kind: InvalidProblemKind) -> InvalidProblem {
        InvalidProblem {
            member: member.into(),
            kind,
        }
    }

    /// The name of the member that was refused.
    pub fn member(&self) -> &str {
        &self.member
    }

    /// Why it was refused.
    pub fn kind(&self) -> &InvalidProblemKind {
        &self.kind
    }
}

impl fmt::Display for InvalidProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let member = &self.member;
        match &self.kind {
            InvalidProblemKind::ReservedName => write!(
                f,
                "extension member `{member}` would overwrite the standard problem member of that name"
            ),
            InvalidProblemKind::NotUriReference { index: None } => {
                write!(
                    f,
                    "problem member `{member}` must be a URI reference, not empty"
                )
            }
            InvalidProblemKind::NotUriReference { index: Some(index) } => write!(
                f,
                "problem member `{member}` must be a URI reference: the byte at {index} is not \
                 visible ASCII (percent-encode it)"
            ),
            InvalidProblemKind::Serialize(message) => {
                write!(
                    f,
                    "extension member `{member}` did not serialise: {message}"
                )
            }
        }
    }
}

impl Error for InvalidProblem {}
