// Bootstrap: defines the elements, reads the page's config and starts
// <mesopj-app>, which sends Init. The CSS imports become app-[hash].css.
import './styles/index.css';
import { MesopjApp } from './app';
import { readConfig } from './config';
import { defineComponents } from './components/registry';
import { MesopjErrorPanel } from './error-panel';

function define(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}

defineComponents();
define('mesopj-error-panel', MesopjErrorPanel);
define('mesopj-app', MesopjApp);

const config = readConfig();
// The server's shell already has <mesopj-app>; create one if a page does not.
const app = document.querySelector<MesopjApp>('mesopj-app') ?? document.body.appendChild(new MesopjApp());
app.start(config);
