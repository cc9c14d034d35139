/** The favicon is the campaign mark itself (content/media/logo.svg), so there is one drawing of it. */
import logo from '../../content/media/logo.svg?raw';

export const GET = () => new Response(logo, { headers: { 'Content-Type': 'image/svg+xml' } });
