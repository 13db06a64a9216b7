//! [`check_method`]: the route an enum documents answers the method the
//! enum declares.
//!
//! utoipa takes the route's method from `#[utoipa::path(get, ..)]`, an
//! attribute the enum's macro never sees, and the document it builds does
//! not say which enum documents which operation. So the check runs where
//! both are known, in a test, rather than at compile time.

use crate::{Method, Responses};
use core::fmt;

/// Checks that the enum `R` declares the method of the route it documents:
/// `method = GET` on `R` and a route served for GET.
///
/// An enum that declares no method answers any route. Call it from a test,
/// once per route, with the method of its `#[utoipa::path(..)]`:
///
/// ```
/// use responses::{openapi::check_method, responses};
///
/// /// Outcomes of `GET /reports/{id}`.
/// #[responses(method = GET, 200(String), 304, 404)]
/// pub enum GetReport {}
///
/// assert!(check_method::<GetReport>(&http::Method::GET).is_ok());
/// let mismatch = check_method::<GetReport>(&http::Method::POST).unwrap_err();
/// assert_eq!(mismatch.declared(), responses::Method::GET);
/// ```
///
/// # Errors
///
/// [`MethodMismatch`] when `R` declares another method than `route`.
pub fn check_method<R: Responses>(route: &http::Method) -> Result<(), MethodMismatch> {
    match R::METHOD {
        Some(declared) if http::Method::from(declared) != *route => Err(MethodMismatch {
            enum_name: core::any::type_name::<R>(),
            declared,
            route: route.clone(),
        }),
        _ => Ok(()),
    }
}

/// A response enum declared for one method documents a route served for
/// another.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MethodMismatch {
    enum_name: &'static str,
    declared: Method,
    route: http::Method,
}

impl MethodMismatch {
    /// The method the enum declares.
    pub fn declared(&self) -> Method {
        self.declared
    }

    /// The method of the route.
    pub fn route(&self) -> &http::Method {
        &self.route
    }
}

impl fmt::Display for MethodMismatch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "`{}` answers `method = {}`, but documents a {} route: declare the \
             route's method on the enum or use another enum",
            self.enum_name, self.declared, self.route
        )
    }
}

impl core::error::Error for MethodMismatch {}
