/**
 * Parts of a page that name crimes without describing this incident: navigation, menus, tabs,
 * links, buttons, headings, the page banner and footer. Labels there never make signals, so a
 * "Sexual Assault Unit" menu or a "Domestic Violence Reports" link stays silent.
 */

const NAVIGATION =
  'nav, menu, footer, a, button, select option, summary, [role="navigation"], [role="menu"], [role="menubar"], ' +
  '[role="menuitem"], [role="tablist"], [role="tab"], [role="toolbar"], [role="contentinfo"], [role="button"], ' +
  '[role="link"], [role="tree"], [role="treeitem"], .breadcrumb, .breadcrumbs, .navbar, .nav, .menu, .menubar, .dropdown-menu';

const HEADINGS = 'h1, h2, h3, h4, h5, h6, [role="heading"], caption, title';

const BANNER = '[role="banner"], .banner, .marquee';

// A <header> is the page banner unless it belongs to a piece of content.
const CONTENT_SECTIONS = 'main, article, section, aside, form, dialog, fieldset, [role="main"], [role="dialog"], [role="region"], [role="form"]';

function isInPageBanner(element: Element): boolean {
  if (element.closest(BANNER)) return true;
  const header = element.closest('header');
  return !!header && !header.parentElement?.closest(CONTENT_SECTIONS);
}

const CONTROLS = 'a, button, [role="button"], [role="link"]';

function isInNavigation(element: Element): boolean {
  const navigation = element.closest(NAVIGATION);
  if (!navigation) return false;
  // Sortable tables put their column headers in links or buttons ("Call Type ▲").
  if (navigation.matches(CONTROLS)) {
    const header = navigation.closest('th, [role="columnheader"]');
    if (header && !header.closest(NAVIGATION)) return false;
  }
  return true;
}

/** Where an incident label must not be: navigation, headings, banners. */
export function isOutsideIncidentContent(element: Element): boolean {
  return isInNavigation(element) || !!element.closest(HEADINGS) || isInPageBanner(element);
}

/**
 * Case numbers are often shown in a page heading or banner ("Case # 2026-004417"), so only
 * navigation is excluded for them.
 */
export function isOutsideCaseContent(element: Element): boolean {
  return isInNavigation(element);
}
