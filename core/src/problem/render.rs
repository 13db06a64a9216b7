//! The bytes of a problem for a given status: the one place the status
//! member and the default title are filled in.

use serde::ser::{Serialize, SerializeMap, Serializer};
use serde_json::{Map, Value};

use super::details::Problem;
use super::extensions::is_standard_member;
use super::{ABOUT_BLANK, InvalidProblem, InvalidProblemKind};
use crate::Status;

/// A problem whose extensions are already turned into JSON values, so that
/// rendering it for a status cannot fail. Integrations carry it from a
/// `Problem`'s own response to the per-status response that gives it its
/// status (as a response extension, hence `Clone + Send + Sync`).
#[derive(Clone, Debug)]
#[cfg_attr(
    not(any(feature = "axum", feature = "actix-web")),
    allow(dead_code, reason = "only the frameworks send a problem on its own")
)]
pub(crate) struct Prepared {
    type_: Option<String>,
    title: Option<String>,
    status: Option<u16>,
    detail: Option<String>,
    instance: Option<String>,
    extensions: Map<String, Value>,
}

/// The members in the order they are written: the standard members in the
/// order of RFC 9457 section 3.1's example, then the extensions.
pub(super) struct Members<'a> {
    pub(super) type_: &'a str,
    pub(super) title: Option<&'a str>,
    pub(super) status: Option<u16>,
    pub(super) detail: Option<&'a str>,
    pub(super) instance: Option<&'a str>,
    pub(super) extensions: &'a Map<String, Value>,
}

impl Serialize for Members<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", self.type_)?;
        if let Some(title) = self.title {
            map.serialize_entry("title", title)?;
        }
        if let Some(status) = self.status {
            map.serialize_entry("status", &status)?;
        }
        if let Some(detail) = self.detail {
            map.serialize_entry("detail", detail)?;
        }
        if let Some(instance) = self.instance {
            map.serialize_entry("instance", instance)?;
        }
        for (name, value) in self.extensions {
            map.serialize_entry(name, value)?;
        }
        map.end()
    }
}

/// Typed extensions as a map of members: they must serialise as a map or
/// struct (or as nothing, like `()`), and take no standard member's name.
pub(super) fn extension_members<E: Serialize>(
    extensions: &E,
) -> Result<Map<String, Value>, InvalidProblem> {
    let value = serde_json::to_value(extensions).map_err(|error| {
        InvalidProblem::new(
            "extensions",
            InvalidProblemKind::Serialize(error.to_string()),
        )
    })?;
    let members = match value {
        Value::Object(members) => members,
        Value::Null => Map::new(),
        other => {
            return Err(InvalidProblem::new(
                "extensions",
                InvalidProblemKind::Serialize(format!(
                    "extensions must serialise as a map or struct, not {other}"
                )),
            ));
        }
    };
    if let Some(name) = members.keys().find(|name| is_standard_member(name)) {
        return Err(InvalidProblem::new(
            name.clone(),
            InvalidProblemKind::ReservedName,
        ));
    }
    Ok(members)
}

impl<E: Serialize> Problem<E> {
    /// Serialises the extensions, the one step that can fail.
    pub(crate) fn prepare(self) -> Result<Prepared, InvalidProblem> {
        let extensions = extension_members(&self.members.extensions)?;
        let members = *self.members;
        Ok(Prepared {
            type_: members.type_,
            title: members.title,
            status: members.status,
            detail: members.detail,
            instance: members.instance,
            extensions,
        })
    }
}

impl Prepared {
    /// The status of a problem sent on its own: the error status it was
    /// decoded with, else 500, as nothing declared one.
    #[cfg_attr(
        not(any(feature = "axum", feature = "actix-web")),
        allow(dead_code, reason = "only the frameworks send a problem on its own")
    )]
    pub(crate) fn own_status(&self) -> u16 {
        match self.status {
            Some(status) if (400..=599).contains(&status) => status,
            _ => Status::INTERNAL_SERVER_ERROR.code(),
        }
    }

    /// The JSON document sent with the code `status`: its status member is
    /// `status`, its title the one set or else the registered phrase.
    #[cfg_attr(
        not(any(feature = "axum", feature = "actix-web")),
        allow(dead_code, reason = "only the frameworks send a problem on its own")
    )]
    pub(crate) fn render(&self, status: u16) -> Vec<u8> {
        self.render_titled(status, Status::from_u16(status).ok().map(Status::phrase))
    }

    /// [`render`](Self::render) for a typed status, whose phrase (declared,
    /// for an unregistered code) is the default title.
    pub(crate) fn render_as(&self, status: Status) -> Vec<u8> {
        self.render_titled(status.code(), Some(status.phrase()))
    }

    fn render_titled(&self, status: u16, phrase: Option<&str>) -> Vec<u8> {
        let members = Members {
            type_: self.type_.as_deref().unwrap_or(ABOUT_BLANK),
            title: self.title.as_deref().or(phrase),
            status: Some(status),
            detail: self.detail.as_deref(),
            instance: self.instance.as_deref(),
            extensions: &self.extensions,
        };
        // Strings and JSON values always serialise; the fallback is for form.
        serde_json::to_vec(&members).unwrap_or_else(|_| failed())
    }
}

/// What is sent, with status 500, when a problem's extensions do not
/// serialise: a problem that says no more than its status.
pub(crate) fn failed() -> Vec<u8> {
    br#"{"type":"about:blank","title":"Internal Server Error","status":500}"#.to_vec()
}

/// `problem` rendered for `status`, or `None` when its extensions fail to
/// serialise.
pub(crate) fn render_for<E: Serialize>(problem: Problem<E>, status: Status) -> Option<Vec<u8>> {
    problem
        .prepare()
        .ok()
        .map(|prepared| prepared.render_as(status))
}
