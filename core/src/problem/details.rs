//! [`Problem`]: the type and its builders.

use std::fmt;

use super::{ABOUT_BLANK, Extensions, InvalidProblem, InvalidProblemKind};

/// A problem details object (RFC 9457): a machine-readable error body, sent
/// as `application/problem+json`.
///
/// ```
/// use responses::{Problem, responses};
///
/// #[responses(409(Problem), 422(Problem))]
/// pub enum CreateUser {}
///
/// let taken = CreateUser::conflict(Problem::detail("ada@example.com is already registered"));
/// let response: http::Response<String> = taken.into();
/// assert_eq!(response.status(), 409);
/// assert_eq!(response.headers()["content-type"], "application/problem+json");
/// assert_eq!(
///     response.body(),
///     r#"{"type":"about:blank","title":"Conflict","status":409,"detail":"ada@example.com is already registered"}"#
/// );
/// ```
///
/// It never repeats what the response's type knows. Sent as the body of a
/// status (a per-status type such as `responses::response::Conflict<Problem>`, or a
/// generated enum's variant), its `status` member is that status, and its
/// `title`, unless set with [`title`](Self::title), is the status's
/// registered phrase, as RFC 9457 section 4.2.1 asks of an `about:blank`
/// problem.
///
/// A `Problem` returned on its own, with no status type around it, is sent
/// with the status it was decoded with if that is a 4xx or 5xx, or else as
/// `500 Internal Server Error`: nothing declared a status for it, so it is an
/// unplanned failure.
///
/// Extension members (RFC 9457 section 3.2) are either set one by one with
/// [`with`](Self::with) on the default [`Extensions`] map, or given as a
/// typed value of your own with [`with_extensions`](Self::with_extensions)
/// (`Problem<ValidationErrors>`), whose fields become members of the object.
///
/// Getters are named `get_*`: the plain names are the builder methods.
///
/// The members live behind one allocation, so a `Problem` is the size of a
/// pointer: an error enum of problems stays small where `?` and every
/// return move it, and `Result<_, ApiError>` passes clippy's
/// `result_large_err` ([BENCHMARKS.md, section 7](https://github.com/responses-rs/responses/blob/main/BENCHMARKS.md#7-the-size-of-an-error-set)).
#[derive(Clone, Default, PartialEq)]
pub struct Problem<E = Extensions> {
    pub(super) members: Box<Members<E>>,
}

/// The members of a [`Problem`], as it holds them.
#[derive(Clone, Default, PartialEq)]
pub(super) struct Members<E> {
    pub(super) type_: Option<String>,
    pub(super) title: Option<String>,
    pub(super) status: Option<u16>,
    pub(super) detail: Option<String>,
    pub(super) instance: Option<String>,
    pub(super) extensions: E,
}

impl<E: fmt::Debug> fmt::Debug for Problem<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let members = &*self.members;
        f.debug_struct("Problem")
            .field("type_", &members.type_)
            .field("title", &members.title)
            .field("status", &members.status)
            .field("detail", &members.detail)
            .field("instance", &members.instance)
            .field("extensions", &members.extensions)
            .finish()
    }
}

impl Problem {
    /// A problem with no members set: `about:blank`, titled by its status.
    pub fn new() -> Problem {
        Problem::default()
    }

    /// A problem with a `detail` member: an explanation, for a person, of
    /// this occurrence of the problem.
    pub fn detail(detail: impl Into<String>) -> Problem {
        Problem::new().with_detail(detail)
    }

    /// Adds an extension member, serialised with serde.
    ///
    /// # Errors
    ///
    /// Refuses (with [`InvalidProblemKind::ReservedName`]) a name that a
    /// standard member has, which the extension would overwrite, and a value
    /// that does not serialise ([`InvalidProblemKind::Serialize`]). A member
    /// added twice keeps the later value.
    ///
    /// ```
    /// use responses::Problem;
    ///
    /// let problem = Problem::detail("two fields are invalid")
    ///     .with("errors", [("age", "must be a positive integer")])?;
    /// assert!(problem.extensions().get("errors").is_some());
    /// assert!(Problem::new().with("status", 200).is_err());
    /// # Ok::<(), responses::problem::InvalidProblem>(())
    /// ```
    pub fn with(
        mut self,
        name: impl Into<String>,
        value: impl serde::Serialize,
    ) -> Result<Problem, InvalidProblem> {
        self.members.extensions.insert(name, value)?;
        Ok(self)
    }
}

impl<E> Problem<E> {
    /// Sets the `detail` member.
    #[must_use]
    pub fn with_detail(mut self, detail: impl Into<String>) -> Problem<E> {
        self.members.detail = Some(detail.into());
        self
    }

    /// Sets the `title` member: a short summary of the problem type. Without
    /// it, the title sent is the status's registered phrase.
    #[must_use]
    pub fn title(mut self, title: impl Into<String>) -> Problem<E> {
        self.members.title = Some(title.into());
        self
    }

    /// Sets the `type` member: a URI reference that names the problem type
    /// (`https://example.com/probs/out-of-credit`). Without it the type is
    /// `about:blank`.
    ///
    /// # Errors
    ///
    /// [`InvalidProblemKind::NotUriReference`] for empty text or a byte that
    /// a URI cannot hold (a space, a control character, non-ASCII), the rule
    /// [`Location`](crate::header::Location) applies.
    pub fn type_(mut self, uri: impl Into<String>) -> Result<Problem<E>, InvalidProblem> {
        let uri = uri.into();
        check_uri_reference("type", &uri)?;
        self.members.type_ = Some(uri);
        Ok(self)
    }

    /// The same as [`type_`](Self::type_), for those who prefer a name
    /// without a trailing underscore.
    pub fn with_type(self, uri: impl Into<String>) -> Result<Problem<E>, InvalidProblem> {
        self.type_(uri)
    }

    /// Sets the `instance` member: a URI reference that names this
    /// occurrence of the problem.
    ///
    /// # Errors
    ///
    /// As for [`type_`](Self::type_).
    pub fn instance(mut self, uri: impl Into<String>) -> Result<Problem<E>, InvalidProblem> {
        let uri = uri.into();
        check_uri_reference("instance", &uri)?;
        self.members.instance = Some(uri);
        Ok(self)
    }

    /// Replaces the extension members with a typed value whose fields become
    /// members of the object. It must serialise as a map or struct without a
    /// field named as a standard member; one that does not is found when the
    /// problem is sent, which then answers 500 with a minimal problem.
    ///
    /// ```
    /// use responses::Problem;
    ///
    /// #[derive(serde::Serialize)]
    /// struct Balance { balance: u32 }
    ///
    /// let problem: Problem<Balance> = Problem::detail("30 is more than 20").with_extensions(Balance { balance: 20 });
    /// assert_eq!(problem.extensions().balance, 20);
    /// ```
    pub fn with_extensions<F>(self, extensions: F) -> Problem<F> {
        let members = *self.members;
        Problem {
            members: Box::new(Members {
                type_: members.type_,
                title: members.title,
                status: members.status,
                detail: members.detail,
                instance: members.instance,
                extensions,
            }),
        }
    }

    /// The `type` member: `about:blank` unless one was set.
    pub fn get_type(&self) -> &str {
        self.members.type_.as_deref().unwrap_or(ABOUT_BLANK)
    }

    /// The `title` member, if one was set or decoded.
    pub fn get_title(&self) -> Option<&str> {
        self.members.title.as_deref()
    }

    /// The `status` member of a decoded problem. A problem built here has
    /// none: the response it is sent with gives it.
    pub fn get_status(&self) -> Option<u16> {
        self.members.status
    }

    /// The `detail` member.
    pub fn get_detail(&self) -> Option<&str> {
        self.members.detail.as_deref()
    }

    /// The `instance` member.
    pub fn get_instance(&self) -> Option<&str> {
        self.members.instance.as_deref()
    }

    /// The extension members.
    pub fn extensions(&self) -> &E {
        &self.members.extensions
    }

    /// The extension members, for changing them in place.
    pub fn extensions_mut(&mut self) -> &mut E {
        &mut self.members.extensions
    }
}

/// Whether `text` may be a URI reference: the check `Location` makes.
pub(super) fn check_uri_reference(member: &str, text: &str) -> Result<(), InvalidProblem> {
    if text.is_empty() {
        return Err(InvalidProblem::new(
            member,
            InvalidProblemKind::NotUriReference { index: None },
        ));
    }
    match crate::header::first_non_uri_byte(text.as_bytes()) {
        Some(index) => Err(InvalidProblem::new(
            member,
            InvalidProblemKind::NotUriReference { index: Some(index) },
        )),
        None => Ok(()),
    }
}
