//! How a generated arm sends a problem body once, in axum and actix-web.
//!
//! A per-status type is generic over its body, so its framework impl sends
//! a `Problem` through the problem's own response, rendered for the
//! problem's status and again for the type's. Where the macro writes an
//! arm, the value's type is concrete, and a method call chooses by type
//! without specialisation: `(&value).__via()` finds [`ViaProblem`] when the
//! value's body is a `Problem` (its method takes `&Self`, so it matches the
//! receiver as written) and [`ViaBody`] otherwise (its `Self` is `&T`, one
//! borrow further, so it is tried second). The marker returned knows how
//! to send the value: [`ByProblem`] renders the problem once, for the
//! value's status; [`ByBody`] calls the framework's own conversion. A
//! generic arm takes `ViaBody`, which answers the same and renders twice.
//! None of this is public API.

use serde::Serialize;

use crate::Problem;
use crate::Status;
use crate::fields::TypedFields;
use crate::parts::IntoTypedFields;
use crate::response::{Ranged, Unregistered};

/// A value whose body is a [`Problem`], taken apart: its status, its fields
/// (`None` after a refused `.header()` call) and the problem.
#[doc(hidden)]
pub trait ProblemParts {
    /// The problem's extension members.
    type Extensions: Serialize;

    /// The value taken apart.
    fn __problem_parts(self) -> (Status, Option<TypedFields>, Problem<Self::Extensions>);
}

impl<T, E> ProblemParts for T
where
    T: IntoTypedFields<Body = Problem<E>>,
    E: Serialize,
{
    type Extensions = E;

    #[inline]
    fn __problem_parts(self) -> (Status, Option<TypedFields>, Problem<E>) {
        let (fields, problem) = self.__into_typed_fields();
        (T::STATUS, fields, problem)
    }
}

impl<const CLASS: u8, E: Serialize> ProblemParts for Ranged<CLASS, Problem<E>> {
    type Extensions = E;

    #[inline]
    fn __problem_parts(self) -> (Status, Option<TypedFields>, Problem<E>) {
        self.into_sent()
    }
}

impl<const CODE: u16, E: Serialize> ProblemParts for Unregistered<CODE, Problem<E>> {
    type Extensions = E;

    #[inline]
    fn __problem_parts(self) -> (Status, Option<TypedFields>, Problem<E>) {
        self.into_sent()
    }
}

/// Picks [`ByProblem`] for a value whose body is a problem.
#[doc(hidden)]
pub trait ViaProblem {
    /// The way to send `self`.
    #[inline]
    fn __via(&self) -> ByProblem {
        ByProblem
    }
}

impl<T: ProblemParts> ViaProblem for T {}

/// Picks [`ByBody`] for any other value; whether it converts is the
/// framework method's bound.
#[doc(hidden)]
pub trait ViaBody {
    /// The way to send `self`.
    #[inline]
    fn __via(&self) -> ByBody {
        ByBody
    }
}

impl<T> ViaBody for &T {}

/// Sends a value whose body is a problem, rendered once for its status.
#[doc(hidden)]
pub struct ByProblem;

/// Sends any other value through the framework's own conversion.
#[doc(hidden)]
pub struct ByBody;
